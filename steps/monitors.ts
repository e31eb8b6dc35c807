import { notBuiltYet } from './command';

export const monitorsCommand = notBuiltYet('monitors', 'Datadog monitors as code (plan/apply/delete) and the Datadog agent');
