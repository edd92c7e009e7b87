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
    const hash = hashBytes(buf, s, e) | 0;
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
    const found = this.get(buf, s, e);
    if (found >= 0) return found;
    const hash = hashBytes(buf, s, e) | 0;
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

/** FNV-1a with a final avalanche. */
export function hashBytes(buf: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i += 1) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h ^ (h >>> 16)) >>> 0;
}
