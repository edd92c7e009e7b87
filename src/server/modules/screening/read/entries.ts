/**
 * Append-only lists of fixed-width numeric entries on SharedArrayBuffers: what a block of
 * records.csv leaves for R9 and R10 to settle later (blocks.ts). Shared memory, so that handing a
 * block's entries to the thread that owns their partition copies nothing.
 */
export class Uint32Entries {
  data: Uint32Array;
  /** Entries held (each `width` numbers). */
  count = 0;

  constructor(
    readonly width: number,
    expected = 1024,
  ) {
    this.data = new Uint32Array(new SharedArrayBuffer(Math.max(expected, 16) * width * 4));
  }

  /** Room for one more entry; returns where it starts in `data`. */
  claim(): number {
    const at = this.count * this.width;
    if (at + this.width > this.data.length) this.data = widened(this.data, (n) => new Uint32Array(n));
    this.count += 1;
    return at;
  }
}

export class Float64Entries {
  data: Float64Array;
  count = 0;

  constructor(
    readonly width: number,
    expected = 1024,
  ) {
    this.data = new Float64Array(new SharedArrayBuffer(Math.max(expected, 16) * width * 8));
  }

  claim(): number {
    const at = this.count * this.width;
    if (at + this.width > this.data.length) this.data = widened(this.data, (n) => new Float64Array(n));
    this.count += 1;
    return at;
  }
}

function widened<T extends Uint32Array | Float64Array>(data: T, make: (buffer: SharedArrayBuffer) => T): T {
  const bigger = make(new SharedArrayBuffer(data.byteLength * 2));
  bigger.set(data as never);
  return bigger;
}

/** What crosses threads: the entries' memory and how many there are (the class itself does not). */
export interface EntryList<T> {
  data: T;
  count: number;
}

export const listOf = <T extends Uint32Array | Float64Array>(entries: { data: T; count: number }) => ({
  data: entries.data,
  count: entries.count,
});
