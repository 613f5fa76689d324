// Types of build-cli.mjs (plain JavaScript so that `prepare` runs it with node alone).
export const DIST: string;
export const ENTRIES: Record<string, string>;
export function buildCli(): Promise<string[]>;
