/**
 * A strict RFC 4180 parser over bytes, for files too large to hold as text. The fast path scans
 * unquoted fields four bytes at a time (a word with no byte that can end a field is skipped whole)
 * and only records where each field starts and ends in the read buffer; a record with a quoted field is re-parsed by the slow path into a scratch buffer
 * (quotes undone). Lines end in LF, CRLF or CR; blank lines are skipped; a UTF-8 BOM is dropped.
 * Malformed input (a quote inside an unquoted field, text after a closing quote, an unterminated
 * quote, a wrong field count) throws CsvSyntaxError with the line and the 1-based column.
 */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /** For an unterminated quote, the line it opened on (lines are counted from where parsing began). */
    readonly openedOn?: number,
  ) {
    super(message);
  }
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
/** `parse` returns this when the buffer ends inside the record (read more and call again). */
export const NEED_MORE = -1;

export class CsvRecordParser {
  /** Number of fields per record (from the header); 0 until known = any count accepted. */
  fields = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** Fields of the last record parsed (equals `fields` once the header is known). */
  count = 0;
  /** Where the last record's fields are: the input buffer or the scratch buffer of the slow path. */
  buf: Buffer = Buffer.alloc(0);
  /** The physical line the next record starts on (1-based). */
  line = 1;
  /** True when the last call consumed a blank line rather than a record. */
  blank = false;
  private scratch = Buffer.allocUnsafe(1 << 12);
  /** A view of the last buffer parsed, to read it a word at a time. */
  private viewOf: Uint8Array = new Uint8Array(0);
  private view = new DataView(this.viewOf.buffer);

  /** Parses the record at `p` in `buf[0, len)`; returns the position after it, or NEED_MORE. */
  parse(buf: Buffer, p: number, len: number, eof: boolean): number {
    this.blank = false;
    const first = buf[p];
    if (p < len && (first === LF || first === CR)) {
      if (first === CR && p + 1 >= len && !eof) return NEED_MORE;
      this.blank = true;
      this.line += 1;
      return first === CR && p + 1 < len && buf[p + 1] === LF ? p + 2 : p + 1;
    }
    if (buf !== this.viewOf) {
      this.viewOf = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const view = this.view;
    const n = this.fields;
    let f = 0;
    let fieldStart = p;
    let i = p;
    for (;;) {
      if (i >= len) {
        if (!eof) return NEED_MORE;
        break;
      }
      const c = buf[i] as number;
      if (c > COMMA) {
        i += 1;
        // Four bytes at a time while none of them can end a field (all above the comma), then
        // straight to the first that may: the lowest flagged byte is exact (little-endian).
        while (i + 4 <= len) {
          const x = view.getInt32(i, true);
          const low = (x - 0x2d2d2d2d) & ~x & 0x80808080;
          if (low !== 0) {
            i += (31 - Math.clz32(low & -low)) >> 3;
            break;
          }
          i += 4;
        }
        continue;
      }
      if (c === COMMA) {
        this.store(f, fieldStart, i, n);
        f += 1;
        i += 1;
        fieldStart = i;
      } else if (c === LF || c === CR) break;
      else if (c === QUOTE) {
        if (i !== fieldStart) throw new CsvSyntaxError('quote inside an unquoted field', this.line, f + 1);
        return this.parseQuoted(buf, p, len, eof);
      } else i += 1;
    }
    this.store(f, fieldStart, i, n);
    this.finish(f + 1, n);
    this.buf = buf;
    return this.lineEnd(buf, i, len, eof);
  }

  private store(f: number, from: number, to: number, n: number): void {
    if (n && f >= n) throw new CsvSyntaxError(`too many fields: expected ${n}`, this.line, f + 1);
    if (f >= this.start.length) this.widen();
    this.start[f] = from;
    this.end[f] = to;
  }

  private finish(count: number, n: number): void {
    if (n && count !== n)
      throw new CsvSyntaxError(`too few fields: expected ${n}, found ${count}`, this.line, count + 1);
    this.count = count;
  }

  /** Steps over the line end at `i`; NEED_MORE when a CR might be followed by an unread LF. */
  private lineEnd(buf: Buffer, i: number, len: number, eof: boolean): number {
    this.line += 1;
    if (i >= len) return i;
    if (buf[i] === CR) {
      if (i + 1 >= len && !eof) {
        this.line -= 1;
        return NEED_MORE;
      }
      return buf[i + 1] === LF ? i + 2 : i + 1;
    }
    return i + 1;
  }

  private widen(): void {
    const start = new Int32Array(this.start.length * 2);
    const end = new Int32Array(this.end.length * 2);
    start.set(this.start);
    end.set(this.end);
    this.start = start;
    this.end = end;
  }

  /** The slow path: the whole record again, quotes undone, into the scratch buffer. */
  private parseQuoted(buf: Buffer, p: number, len: number, eof: boolean): number {
    const line = this.line;
    const next = this.parseQuotedRecord(buf, p, len, eof);
    if (next === NEED_MORE) this.line = line;
    return next;
  }

  private parseQuotedRecord(buf: Buffer, p: number, len: number, eof: boolean): number {
    const n = this.fields;
    if (this.scratch.length < len - p)
      this.scratch = Buffer.allocUnsafe(Math.max(len - p, this.scratch.length * 2));
    const out = this.scratch;
    let o = 0;
    let f = 0;
    let line = this.line;
    let i = p;
    let fieldStart = 0;
    for (;;) {
      // At the start of a field.
      if (i < len && buf[i] === QUOTE) {
        const openedAt = line;
        i += 1;
        for (;;) {
          if (i >= len) {
            if (!eof) return NEED_MORE;
            throw new CsvSyntaxError('unterminated quoted field', line, f + 1, openedAt);
          }
          const c = buf[i] as number;
          if (c === QUOTE) {
            if (i + 1 >= len && !eof) return NEED_MORE;
            if (buf[i + 1] === QUOTE) {
              out[o++] = QUOTE;
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (c === LF || (c === CR && buf[i + 1] !== LF)) line += 1;
          out[o++] = c;
          i += 1;
        }
        const next = buf[i];
        if (i < len && next !== COMMA && next !== LF && next !== CR)
          throw new CsvSyntaxError('text after the closing quote of a field', line, f + 1);
      } else {
        for (; i < len; i += 1) {
          const c = buf[i] as number;
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) throw new CsvSyntaxError('quote inside an unquoted field', line, f + 1);
          out[o++] = c;
        }
        if (i >= len && !eof) return NEED_MORE;
      }
      this.line = line;
      this.store(f, fieldStart, o, n);
      f += 1;
      if (i < len && buf[i] === COMMA) {
        i += 1;
        fieldStart = o;
        continue;
      }
      break;
    }
    this.finish(f, n);
    this.buf = out;
    return this.lineEnd(buf, i, len, eof);
  }
}
