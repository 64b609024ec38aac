/** Made by scripts/parsed-patterns.cjs at build time (the .js is not in git). */
export declare const PARSED: { version: string; patterns: Record<string, unknown>; exceptions: Record<string, unknown> };
