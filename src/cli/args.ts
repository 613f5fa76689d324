// Minimal option parser: every command declares one defaults object; flags not in it, or values
// of the wrong kind, are usage errors that name the command.

import { UsageError } from './errors.ts';

export type OptionValue = string | number | boolean;
export interface ParsedArgs<T extends Record<string, OptionValue>> {
  options: T;
  positionals: string[];
}

/** `aliases` maps short flags ("-o") to option names ("out"). */
export function parseArgs<T extends Record<string, OptionValue>>(
  command: string,
  argv: string[],
  defaults: T,
  aliases: Record<string, keyof T & string> = {},
): ParsedArgs<T> {
  const options: Record<string, OptionValue> = { ...defaults };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    flag = aliases[flag] ?? flag.replace(/^--?/, '');
    const key = Object.keys(defaults).find((k) => k === flag || k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) === flag);
    if (!key) throw new UsageError(`${command}: unknown option ${arg}`);
    const def = defaults[key];
    if (typeof def === 'boolean') {
      if (inline !== undefined) throw new UsageError(`${command}: ${arg} takes no value`);
      options[key] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${command}: ${arg} needs a value`);
    if (typeof def === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n) || value.trim() === '') throw new UsageError(`${command}: ${arg} expects a number, got "${value}"`);
      options[key] = n;
    } else options[key] = value;
  }
  return { options: options as T, positionals };
}
