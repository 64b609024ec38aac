/** A zero-based position, as VS Code and LSP count it: lines, and UTF-16 code units within a line. */
export interface Position {
  line: number;
  character: number;
}

/** Offsets to line/character; a line ends at \n, \r\n or a lone \r, as in VS Code. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (ch === '\n' || ch === '\r') this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low] };
  }
}
