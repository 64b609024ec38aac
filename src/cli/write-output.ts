import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A write per JSON piece would be a system call per piece; 64 KB keeps them few and memory small. */
const WRITE_SIZE = 64 * 1024;

/**
 * Writes the pieces as they are made, waiting whenever `out` is full (write() returned false)
 * until it drains, so a report is never in memory as a whole. Resolves once the last piece is
 * handed to `out`, which is left open (it is stdout). If `out` fails (a closed pipe), the
 * pieces stop being made and the promise rejects.
 */
export async function writeOutput(pieces: Iterable<string>, out: Writable): Promise<void> {
  await pipeline(Readable.from(joined(pieces, WRITE_SIZE)), out, { end: false });
}

function* joined(pieces: Iterable<string>, size: number): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
