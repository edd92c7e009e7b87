/**
 * Streams one CSV file of a data directory through CsvRecordParser in 4 MB reads, maps the header
 * to column indexes (any order, unknown columns ignored, missing required ones an error) and turns
 * every syntax or value problem into a ScreenInputError naming the file, line and column.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CsvRecordParser, CsvSyntaxError, NEED_MORE } from './csv-bytes.js';

export class ScreenInputError extends Error {}

/** Thrown by record handlers for a bad value in field `field` (0-based) of the current record. */
export class FieldError extends Error {
  constructor(
    readonly field: number,
    message: string,
  ) {
    super(message);
  }
}

const CHUNK = 1 << 22;

export class CsvFile<C extends string> {
  readonly size: number;
  readonly columns: Record<C, number>;
  readonly header: string[];
  private readonly fd: number;
  private buf: Buffer;
  private len = 0;
  private pos = 0;
  /** File offset of buf[0]. */
  private base = 0;
  private eof = false;
  private readonly parser = new CsvRecordParser();
  private readonly lookup = new CsvRecordParser();
  private lookupBuf = Buffer.allocUnsafe(1 << 16);
  /** Line of the record being handled. */
  line = 0;

  constructor(
    readonly path: string,
    readonly name: string,
    required: readonly C[],
    /** Bytes per read (small values test records split across reads). */
    chunk = CHUNK,
  ) {
    this.buf = Buffer.allocUnsafe(chunk);
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
    this.fill();
    if (this.len >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3;
    this.header = this.readHeader();
    const columns: Record<string, number> = {};
    this.header.forEach((column, at) => {
      if (!(column in columns)) columns[column] = at;
    });
    for (const column of required)
      if (!(column in columns))
        throw new ScreenInputError(`${name}: missing required column "${column}" / 缺少必需的列 ${column}`);
    this.columns = columns as Record<C, number>;
    this.parser.fields = this.lookup.fields = this.header.length;
  }

  /** Calls `onRecord(parser, offset)` for each record; `onBytes(done)` every 4 MB read. */
  each(onRecord: (record: CsvRecordParser, offset: number) => void, onBytes?: (done: number) => void): void {
    const parser = this.parser;
    try {
      for (;;) {
        const next = this.pos < this.len ? parser.parse(this.buf, this.pos, this.len, this.eof) : NEED_MORE;
        if (next === NEED_MORE) {
          if (this.eof) break;
          this.fill();
          onBytes?.(this.base + this.len);
          continue;
        }
        const offset = this.base + this.pos;
        this.pos = next;
        if (!parser.blank) onRecord(parser, offset);
        this.line = parser.line;
      }
    } catch (error) {
      throw this.explain(error);
    } finally {
      closeSync(this.fd);
    }
  }

  /** The record starting at file offset `offset` (re-read for R9), in a parser of its own. */
  recordAt(offset: number): CsvRecordParser {
    let size = this.lookupBuf.length;
    for (;;) {
      const got = readSync(this.fd, this.lookupBuf, 0, size, offset);
      const next = this.lookup.parse(this.lookupBuf, 0, got, got < size);
      if (next !== NEED_MORE) return this.lookup;
      size *= 2;
      this.lookupBuf = Buffer.allocUnsafe(size);
    }
  }

  /** Turns a syntax or field error into `file, line L, column C (name): problem`. */
  explain(error: unknown): unknown {
    if (error instanceof CsvSyntaxError) return this.at(error.line, error.column - 1, error.message);
    if (error instanceof FieldError) return this.at(this.line, error.field, error.message);
    return error;
  }

  private at(line: number, field: number, message: string): ScreenInputError {
    const column = this.header[field] ? ` (${this.header[field]})` : '';
    return new ScreenInputError(`${this.name}, line ${line}, column ${field + 1}${column}: ${message}`);
  }

  private readHeader(): string[] {
    const parser = this.parser;
    try {
      for (;;) {
        const next = this.pos < this.len ? parser.parse(this.buf, this.pos, this.len, this.eof) : NEED_MORE;
        if (next === NEED_MORE) {
          if (this.eof) break;
          this.fill();
          continue;
        }
        this.pos = next;
        this.line = parser.line;
        if (parser.blank) continue;
        const header: string[] = [];
        const text = parser.buf;
        for (let f = 0; f < parser.count; f += 1)
          header.push(text.toString('utf8', parser.start[f], parser.end[f]).trim());
        return header;
      }
    } catch (error) {
      closeSync(this.fd);
      throw this.explain(error);
    }
    closeSync(this.fd);
    throw new ScreenInputError(`${this.name}: no header row / 缺少表头`);
  }

  /** Keeps the unparsed tail, reads more behind it (growing the buffer for a huge record). */
  private fill(): void {
    const tail = this.len - this.pos;
    if (this.pos > 0) this.buf.copyWithin(0, this.pos, this.len);
    this.base += this.pos;
    this.pos = 0;
    this.len = tail;
    if (this.len > this.buf.length / 2) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    const got = readSync(this.fd, this.buf, this.len, this.buf.length - this.len, this.base + this.len);
    this.len += got;
    if (got === 0) this.eof = true;
  }
}
