/**
 * Interns ids by their bytes in an open-addressing table whose slots are one cache line each:
 * the id's first 24 bytes inline (so that a look-up compares without leaving the slot) and a few
 * ints of payload, where the registry keeps the facts the record pass needs (hot-facts.ts) — a
 * look-up and the facts it finds then cost one memory access. Bytes past the 24th (rare) are
 * compared in an arena. Words are read four bytes at a time through a DataView.
 */
const HASH = 1;
const LENGTH = 2;
const WORDS = 3;
/** Most words of an id a slot holds. */
const MAX_INLINE = 6;

/** Reads little-endian words of one buffer at a time (a view made again when the buffer changes). */
export class WordReader {
  private buf: Uint8Array = new Uint8Array(0);
  view = new DataView(this.buf.buffer);

  /** The 32-bit hash of buf[s, e), its first MAX_INLINE words left in `key`. */
  hash(buf: Uint8Array, s: number, e: number, key: Int32Array): number {
    if (buf !== this.buf) {
      this.buf = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const view = this.view;
    let h = e - s;
    let i = s;
    let k = 0;
    for (; i + 4 <= e; i += 4, k += 1) {
      const w = view.getInt32(i, true);
      if (k < MAX_INLINE) key[k] = w;
      h = round(h, w);
    }
    if (i < e) {
      let w = 0;
      for (let shift = 0; i < e; i += 1, shift += 8) w |= (buf[i] as number) << shift;
      if (k < MAX_INLINE) key[k] = w;
      h = round(h, w);
    }
    return fmix(h);
  }
}

/**
 * Slots of `stride` = 3 + `inline` + `payload` ints (a power of two): [index + 1 (0 = empty),
 * hash, length, the first `inline` words of the id, the payload].
 */
export class IdTable {
  slots: Int32Array;
  /** Where a slot's payload starts, from the slot's start. */
  readonly payload: number;
  private readonly inline: number;
  private readonly shift: number;
  private mask = (1 << 10) - 1;
  private arena: Uint8Array = new Uint8Array(1 << 12);
  private used = 0;
  /** Where each id's bytes are in the arena, by index. */
  private readonly starts: number[] = [];
  private readonly key = new Int32Array(MAX_INLINE);
  private readonly reader = new WordReader();
  size = 0;
  /** The hash of the bytes last looked up (callers reuse it for R9's key). */
  hash = 0;

  constructor(inline: number, payload: number) {
    const stride = 3 + inline + payload;
    this.shift = Math.log2(stride);
    if (!Number.isInteger(this.shift) || inline > MAX_INLINE)
      throw new Error(`bad slot shape ${inline}+${payload}`);
    this.inline = inline;
    this.payload = WORDS + inline;
    this.slots = new Int32Array(stride << 10);
  }

  /** Where buf[s, e)'s slot is in `slots` (index there: slots[at] - 1), or -1. */
  find(buf: Uint8Array, s: number, e: number): number {
    const hash = this.reader.hash(buf, s, e, this.key);
    this.hash = hash;
    const slots = this.slots;
    const length = e - s;
    const key = this.key;
    const inline = this.inline;
    const words = Math.min((length + 3) >> 2, inline);
    const shift = this.shift;
    const wrap = this.mask << shift;
    let at = (hash & this.mask) << shift;
    for (;;) {
      const index = slots[at] as number;
      if (index === 0) return -1;
      if (slots[at + HASH] === hash && slots[at + LENGTH] === length) {
        let same = true;
        for (let k = 0; k < words; k += 1)
          if (slots[at + WORDS + k] !== key[k]) {
            same = false;
            break;
          }
        if (same && (length <= inline * 4 || this.restSame(index - 1, buf, s, e))) return at;
      }
      at = (at + (1 << shift)) & wrap;
    }
  }

  /** The index of buf[s, e), or -1. */
  get(buf: Uint8Array, s: number, e: number): number {
    const at = this.find(buf, s, e);
    return at < 0 ? -1 : (this.slots[at] as number) - 1;
  }

  /** The index of buf[s, e), adding it (as the next index) when new. */
  intern(buf: Uint8Array, s: number, e: number): number {
    const found = this.find(buf, s, e);
    if (found >= 0) return (this.slots[found] as number) - 1;
    this.starts.push(this.store(buf, s, e));
    const hash = this.hash;
    const shift = this.shift;
    let at = (hash & this.mask) << shift;
    while (this.slots[at] !== 0) at = (at + (1 << shift)) & (this.mask << shift);
    const slots = this.slots;
    slots[at] = this.size + 1;
    slots[at + HASH] = hash;
    slots[at + LENGTH] = e - s;
    const words = (e - s + 3) >> 2;
    for (let k = 0; k < this.inline; k += 1) slots[at + WORDS + k] = k < words ? (this.key[k] as number) : 0;
    this.size += 1;
    if (this.size * 2 > this.mask) this.rehash();
    return this.size - 1;
  }

  /** Calls `each(index, at)` for every id, `at` being where its slot is (payloads are set so). */
  forEachSlot(each: (index: number, at: number) => void): void {
    for (let at = 0; at < this.slots.length; at += 1 << this.shift)
      if (this.slots[at] !== 0) each((this.slots[at] as number) - 1, at);
  }

  private restSame(index: number, buf: Uint8Array, s: number, e: number): boolean {
    const arena = this.arena;
    const from = this.starts[index] as number;
    for (let i = this.inline * 4; i < e - s; i += 1) if (arena[from + i] !== buf[s + i]) return false;
    return true;
  }

  private store(buf: Uint8Array, s: number, e: number): number {
    if (this.used + (e - s) > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.used + (e - s)));
      bigger.set(this.arena.subarray(0, this.used));
      this.arena = bigger;
    }
    this.arena.set(buf.subarray(s, e), this.used);
    this.used += e - s;
    return this.used - (e - s);
  }

  private rehash(): void {
    const old = this.slots;
    const shift = this.shift;
    const stride = 1 << shift;
    this.mask = (old.length >> shift) * 2 - 1;
    this.slots = new Int32Array(old.length * 2);
    for (let from = 0; from < old.length; from += stride) {
      if (old[from] === 0) continue;
      let at = ((old[from + HASH] as number) & this.mask) << shift;
      while (this.slots[at] !== 0) at = (at + stride) & (this.mask << shift);
      this.slots.set(old.subarray(from, from + stride), at);
    }
  }
}

/** A Murmur3 round: one four-byte word into the running hash. */
export function round(h: number, k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = Math.imul((x << 15) | (x >>> 17), 0x1b873593);
  const y = h ^ x;
  return (Math.imul((y << 13) | (y >>> 19), 5) + 0xe6546b64) | 0;
}

/** Murmur3's finaliser. */
export function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}
