// Starts an extraction worker from the TypeScript sources (tests, and the CLI run through tsx):
// a worker thread does not inherit the loader hooks of its parent, so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
