/**
 * Interns ids by their bytes: an open-addressing table of typed arrays over a byte arena, so that
 * looking up an id of records.csv costs a hash over its bytes and one compare — no string made.
 */
export class ByteIds {
  private arena: Uint8Array = Buffer.alloc(1 << 12);
  private used = 0;
  /** Per slot [index + 1 (0 = empty), hash, arena start, length]: one cache line to probe. */
  private slots = new Int32Array(4 << 10);
  private mask = (1 << 10) - 1;
  size = 0;

  /** The index of buf[s, e), or -1. */
  get(buf: Uint8Array, s: number, e: number): number {
    return this.find(buf, s, e, hashBytes(buf, s, e) | 0);
  }

  private find(buf: Uint8Array, s: number, e: number, hash: number): number {
    const slots = this.slots;
    let slot = hash & this.mask;
    for (;;) {
      const at = slot << 2;
      const index = slots[at] as number;
      if (index === 0) return -1;
      if (slots[at + 1] === hash && this.equals(slots[at + 2] as number, slots[at + 3] as number, buf, s, e))
        return index - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The index of buf[s, e), adding it (as the next index) when new. */
  intern(buf: Uint8Array, s: number, e: number): number {
    const hash = hashBytes(buf, s, e) | 0;
    const found = this.find(buf, s, e, hash);
    if (found >= 0) return found;
    const start = this.store(buf, s, e);
    this.place(this.size + 1, hash, start, e - s);
    this.size += 1;
    if (this.size * 2 > this.mask) this.rehash();
    return this.size - 1;
  }

  private place(index: number, hash: number, start: number, length: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot << 2] !== 0) slot = (slot + 1) & this.mask;
    const at = slot << 2;
    this.slots[at] = index;
    this.slots[at + 1] = hash;
    this.slots[at + 2] = start;
    this.slots[at + 3] = length;
  }

  private equals(from: number, length: number, buf: Uint8Array, s: number, e: number): boolean {
    if (length !== e - s) return false;
    const arena = this.arena;
    for (let i = 0; i < length; i += 1) if (arena[from + i] !== buf[s + i]) return false;
    return true;
  }

  private store(buf: Uint8Array, s: number, e: number): number {
    if (this.used + (e - s) > this.arena.length) {
      const bigger = Buffer.alloc(Math.max(this.arena.length * 2, this.used + (e - s)));
      bigger.set(this.arena.subarray(0, this.used));
      this.arena = bigger;
    }
    this.arena.set(buf.subarray(s, e), this.used);
    this.used += e - s;
    return this.used - (e - s);
  }

  private rehash(): void {
    const old = this.slots;
    this.mask = (old.length >> 2) * 2 - 1;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4)
      if (old[at] !== 0)
        this.place(old[at] as number, old[at + 1] as number, old[at + 2] as number, old[at + 3] as number);
  }
}

/**
 * Murmur3 (x86, 32-bit) over the bytes, four at a time: ids are 10–25 bytes, and one multiply
 * chain per four bytes instead of one per byte is most of the cost of a look-up.
 */
export function hashBytes(buf: Uint8Array, s: number, e: number): number {
  let h = e - s;
  let i = s;
  for (; i + 4 <= e; i += 4) {
    let k =
      (buf[i] as number) |
      ((buf[i + 1] as number) << 8) |
      ((buf[i + 2] as number) << 16) |
      ((buf[i + 3] as number) << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  for (let shift = 0; i < e; i += 1, shift += 8) k |= (buf[i] as number) << shift;
  k = Math.imul(k, 0xcc9e2d51);
  h ^= Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
