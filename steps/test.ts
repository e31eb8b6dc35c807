import { notBuiltYet } from './command';

export const testCommand = notBuiltYet('test', 'Run the app\'s own tests inside the built image and write JUnit XML');
