import { readFileSync, statSync } from 'node:fs';

/** A file's text, ready for `analyze`, with what `--fix` must put back when it writes. */
export interface TextSource {
  /** Without the byte-order mark, so offsets and columns match what an editor shows. */
  text: string;
  bom: boolean;
}

export type ReadOutcome =
  | { ok: true; source: TextSource }
  /** `skipped`: not text, reported and left alone; otherwise an error (exit 3). */
  | { ok: false; skipped: boolean; message: string };

/** How far to look for NUL bytes, as git and grep do to tell binary from text. */
const BINARY_SNIFF_BYTES = 8192;

export function readTextFile(path: string): ReadOutcome {
  let bytes: Buffer;
  try {
    // Reading a FIFO or a socket blocks until a writer comes, maybe forever, and stops every
    // file after it: read regular files only (directories keep their own message below).
    const stat = statSync(path);
    if (!stat.isFile() && !stat.isDirectory()) return { ok: false, skipped: true, message: 'skipped: not a regular file (a pipe, socket or device)' };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, skipped: false, message: describeReadError(error as NodeJS.ErrnoException) };
  }
  return decodeText(bytes);
}

export async function readStdin(): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks));
}

export function decodeText(bytes: Uint8Array): ReadOutcome {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, skipped: true, message: 'skipped: binary file (NUL bytes in the first 8 KB)' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // TextDecoder drops a leading BOM; `bom` remembers it for --fix.
    return { ok: true, source: { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom } };
  } catch {
    return { ok: false, skipped: true, message: 'skipped: not UTF-8 text' };
  }
}

export function withBom(source: TextSource, text: string): string {
  return source.bom ? '\ufeff' + text : text;
}

function describeReadError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the file: permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read the file: ${error.message}`;
  }
}
