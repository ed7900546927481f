// Offsets (UTF-16 code units) → 1-based line and column, like LSP positions but counted from 1.
// Lines end at \n, \r\n or a lone \r; a column counts UTF-16 code units from the line's start.

export interface LineColumn {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units. */
  readonly column: number;
}

export class LineIndex {
  /** Offset where each line starts; lineStarts[0] === 0. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Position of an offset; offsets outside the text are clamped to it. */
  positionAt(offset: number): LineColumn {
    const o = Math.max(0, Math.min(Math.floor(offset) || 0, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }
}
