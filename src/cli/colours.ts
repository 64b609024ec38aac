/** ANSI styling for the text format; every function is the identity when colour is off. */
export interface Palette {
  red: (s: string) => string;
  yellow: (s: string) => string;
  green: (s: string) => string;
  blue: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const style = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: plain, yellow: plain, green: plain, blue: plain, dim: plain, bold: plain };
  return { red: style(31, 39), yellow: style(33, 39), green: style(32, 39), blue: style(34, 39), dim: style(2, 22), bold: style(1, 22) };
}

/** Colour only on a terminal; NO_COLOR turns it off and FORCE_COLOR on (https://no-color.org). */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return stream.isTTY === true;
}
