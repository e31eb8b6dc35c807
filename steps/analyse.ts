import { notBuiltYet } from './command';

export const analyseCommand = notBuiltYet('analyse', 'Lint (ESLint) and audit (npm audit) the app, with gates and a report');
