#!/usr/bin/env node
// Entry point of the `newsgraph` command: runs the TypeScript sources through tsx, so that
// `npx newsgraph` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
