/**
 * Streams one CSV file of a data directory through CsvRecordParser in reads of up to 4 MB, maps
 * the header to column indexes (any order, unknown columns ignored, missing required ones an
 * error) and turns every syntax or value problem into a ScreenInputError naming the file, line
 * and column. `scan` reads the records that start in a byte range, so that several threads can
 * share one file (blocks.ts); lines are then counted from the range's start and made absolute
 * later, which is why a problem can be kept as data (`problemOf`) and formatted afterwards.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CsvRecordParser, CsvSyntaxError, NEED_MORE } from './csv-bytes.js';

export class ScreenInputError extends Error {}

/** A record grew past the scan's `maxRecord` bytes (see blocks.ts: a scan from a wrong guess). */
export class RunawayRecord extends Error {}

/** Thrown by record handlers for a bad value in field `field` (0-based) of the current record. */
export class FieldError extends Error {
  constructor(
    readonly field: number,
    message: string,
  ) {
    super(message);
  }
}

/** A syntax or value problem, its lines counted from where the scan began (line 1). */
export interface InputProblem {
  line: number;
  /** 0-based field. */
  field: number;
  message: string;
  /** For an unterminated quote: the line it opened on. */
  openedOn?: number;
}

const CHUNK = 1 << 22;
/** Reads past the end of a range only this much at a time (the last record may run over it). */
const OVERRUN = 1 << 16;
/** Bytes of a first read for `recordAt`. */
const LOOKUP = 4096;
const LOOKUP_BEFORE = 1024;
const LF = 10;
const CR = 13;

export class CsvFile<C extends string> {
  readonly size: number;
  readonly columns: Record<C, number>;
  readonly header: string[];
  /** Offset of the first byte after the header, and the line it is on. */
  readonly dataStart: number;
  readonly dataLine: number;
  private fd: number;
  private buf: Buffer;
  private len = 0;
  private pos = 0;
  /** File offset of buf[0]. */
  private base = 0;
  private eof = false;
  /** Reads stop at this offset unless a record runs over it. */
  private limit = 0;
  private maxRecord = Number.POSITIVE_INFINITY;
  private readonly parser = new CsvRecordParser();
  private readonly lookup = new CsvRecordParser();
  private lookupBuf = Buffer.allocUnsafe(LOOKUP);
  /** File offset and length of what `lookupBuf` holds, and whether that read hit the file's end. */
  private lookupFrom = 0;
  private lookupLength = 0;
  private lookupEof = false;
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
    this.limit = this.size;
    this.fill();
    if (this.len >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3;
    this.header = this.readHeader();
    this.dataStart = this.base + this.pos;
    this.dataLine = this.parser.line;
    const columns: Record<string, number> = {};
    this.header.forEach((column, at) => {
      if (!(column in columns)) columns[column] = at;
    });
    for (const column of required)
      if (!(column in columns)) {
        this.close();
        throw new ScreenInputError(`${name}: missing required column "${column}" / 缺少必需的列 ${column}`);
      }
    this.columns = columns as Record<C, number>;
    this.parser.fields = this.lookup.fields = this.header.length;
  }

  /** Calls `onRecord(parser, offset)` for each record, then closes the file. */
  each(onRecord: (record: CsvRecordParser, offset: number) => void): void {
    try {
      this.scan(this.dataStart, this.size, this.dataLine, onRecord);
    } catch (error) {
      throw this.explain(error);
    } finally {
      this.close();
    }
  }

  /**
   * Calls `onRecord(parser, offset)` for each record that starts in [from, to), `from` being the
   * start of a line, which is line `firstLine`. Returns the offset of the first record (or blank
   * line) that starts at or after `to`: where the next range's records begin.
   */
  scan(
    from: number,
    to: number,
    firstLine: number,
    onRecord: (record: CsvRecordParser, offset: number) => void,
    /** Throw RunawayRecord rather than hold a record longer than this. */
    maxRecord = Number.POSITIVE_INFINITY,
  ): number {
    const parser = this.parser;
    this.maxRecord = maxRecord;
    this.base = from;
    this.pos = 0;
    this.len = 0;
    this.eof = from >= this.size;
    this.limit = to;
    parser.line = this.line = firstLine;
    for (;;) {
      const offset = this.base + this.pos;
      if (offset >= to) return offset;
      const next = this.pos < this.len ? parser.parse(this.buf, this.pos, this.len, this.eof) : NEED_MORE;
      if (next === NEED_MORE) {
        if (this.eof) return this.base + this.len;
        this.fill();
        continue;
      }
      this.pos = next;
      if (!parser.blank) onRecord(parser, offset);
      this.line = parser.line;
    }
  }

  /** The line the next record starts on: after `scan`, the line its returned offset is on. */
  get nextLine(): number {
    return this.parser.line;
  }

  /**
   * Where the first line at or after `offset` starts, assuming `offset` is not inside a quoted
   * field: a guess that blocks.ts checks against the end of the previous range.
   */
  lineStartFrom(offset: number): number {
    if (offset <= 0) return 0;
    const probe = Buffer.allocUnsafe(OVERRUN);
    for (let at = offset - 1; at < this.size; ) {
      const got = readSync(this.fd, probe, 0, probe.length, at);
      for (let i = 0; i < got; i += 1) {
        const c = probe[i];
        if (c === LF) return at + i + 1;
        if (c !== CR) continue;
        if (i + 1 < got) return probe[i + 1] === LF ? at + i + 2 : at + i + 1;
        // A CR at the end of the read: look at the next byte.
        const next = Buffer.allocUnsafe(1);
        return readSync(this.fd, next, 0, 1, at + i + 1) === 1 && next[0] === LF ? at + i + 2 : at + i + 1;
      }
      at += got;
      if (got === 0) break;
    }
    return this.size;
  }

  /**
   * The record starting at file offset `offset` (re-read for R9), in a parser of its own. Reads
   * a little first (records are short) and more only when the record runs past it.
   */
  recordAt(offset: number): CsvRecordParser {
    // From the last read when the record lies within it (R9's duplicates are often near).
    const at = offset - this.lookupFrom;
    if (at >= 0 && at < this.lookupLength) {
      const next = this.lookup.parse(this.lookupBuf, at, this.lookupLength, this.lookupEof);
      if (next !== NEED_MORE) return this.lookup;
    }
    // The read starts a little before the record, to hold the records just before it too.
    const before = Math.min(offset, LOOKUP_BEFORE);
    let size = LOOKUP;
    for (;;) {
      if (size > this.lookupBuf.length) this.lookupBuf = Buffer.allocUnsafe(size);
      const got = readSync(this.fd, this.lookupBuf, 0, size, offset - before);
      this.lookupFrom = offset - before;
      this.lookupLength = got;
      this.lookupEof = got < size;
      const next = this.lookup.parse(this.lookupBuf, before, got, got < size);
      if (next !== NEED_MORE) return this.lookup;
      size *= 2;
    }
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }

  /** The syntax or value problem `error` stands for (line as `scan` counted it), or undefined. */
  problemOf(error: unknown): InputProblem | undefined {
    if (error instanceof CsvSyntaxError)
      return { line: error.line, field: error.column - 1, message: error.message, openedOn: error.openedOn };
    if (error instanceof FieldError) return { line: this.line, field: error.field, message: error.message };
    return undefined;
  }

  /** `file, line L, column C (name): problem`, the problem's lines shifted by `lineShift`. */
  inputError(problem: InputProblem, lineShift = 0): ScreenInputError {
    const { field } = problem;
    const column = this.header[field] ? ` (${this.header[field]})` : '';
    const opened = problem.openedOn === undefined ? '' : ` (opened on line ${problem.openedOn + lineShift})`;
    return new ScreenInputError(
      `${this.name}, line ${problem.line + lineShift}, column ${field + 1}${column}: ${problem.message}${opened}`,
    );
  }

  /** Turns a syntax or field error into a ScreenInputError; anything else is returned as it is. */
  explain(error: unknown): unknown {
    const problem = this.problemOf(error);
    return problem ? this.inputError(problem) : error;
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
      this.close();
      throw this.explain(error);
    }
    this.close();
    throw new ScreenInputError(`${this.name}: no header row / 缺少表头`);
  }

  /**
   * Keeps the unparsed tail and reads more behind it (growing the buffer for a huge record); up
   * to the range's limit, and past it only in small steps, for the record that runs over it.
   */
  private fill(): void {
    const tail = this.len - this.pos;
    if (this.pos > 0) this.buf.copyWithin(0, this.pos, this.len);
    this.base += this.pos;
    this.pos = 0;
    this.len = tail;
    if (this.len > this.buf.length / 2) {
      if (this.buf.length * 2 > this.maxRecord) throw new RunawayRecord();
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    const end = this.base + this.len;
    const want = Math.min(this.buf.length - this.len, Math.max(this.limit - end, OVERRUN));
    const got = readSync(this.fd, this.buf, this.len, want, end);
    this.len += got;
    if (got === 0) this.eof = true;
  }
}
