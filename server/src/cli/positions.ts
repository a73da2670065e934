/** A place in a text as editors count it: 0-based line and 0-based UTF-16 column (LSP's `Position`). */
export interface Position {
  line: number;
  character: number;
}

/**
 * Turns offsets into lines and columns. Lines end at `\n`, `\r\n` or a lone `\r`, as in LSP and VS Code, so a
 * file saved on Windows or an old Mac gives the same positions as in the editor.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */ && text.charCodeAt(i + 1) === 10) i++;
      if (ch === 13 || ch === 10) this.starts.push(i + 1);
    }
  }

  /** The position of an offset; offsets past the end are clamped to the end. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }
}
