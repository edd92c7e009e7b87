/**
 * R9 DUPLICATE_CHARGE: records with the same institution, patient, item code and service date;
 * every record of such a group but the one with the smallest id (ids compare as strings) is a
 * finding. The key's bytes are hashed twice (two 32-bit hashes) into an open-addressing table of
 * typed arrays holding, per distinct key, the position of its first record; a hash match is then
 * confirmed by `sameKey` (the caller re-reads that record), so the result is exact while memory
 * stays at 16 bytes per slot whatever the length of the keys.
 */
export interface DuplicateSource {
  /** True when the record at `position` has the key of the record being added. */
  sameKey(position: number): boolean;
  /** The id of the record at `position`. */
  idAt(position: number): string;
  /** The id of the record being added. */
  currentId(): string;
}

const HIGH = 4_294_967_296;

export class DuplicateIndex {
  private mask: number;
  /**
   * Per slot [h1, h2, low and high words of position + 1 (0 = empty)], interleaved so that a
   * probe costs one cache miss however large the table grows.
   */
  private slots: Uint32Array;
  private size = 0;
  /** Smallest id so far of each key seen more than once, by the position of its first record. */
  private readonly smallest = new Map<number, string>();
  /** Ids of the records that are not the smallest of their group (may repeat; dedupe on output). */
  readonly findings: string[] = [];

  constructor(expected = 1 << 16) {
    let capacity = 1 << 10;
    while (capacity * 0.7 < expected) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity * 4);
  }

  /** Adds the record at `position` (the source's current record) under its key's hashes h1, h2. */
  add(h1: number, h2: number, position: number, source: DuplicateSource): void {
    const slots = this.slots;
    let at = (mix(h1) & this.mask) << 2;
    for (;;) {
      const low = slots[at + 2] as number;
      const high = slots[at + 3] as number;
      if (low === 0 && high === 0) break;
      if (slots[at] === h1 && slots[at + 1] === h2) {
        const first = low + high * HIGH - 1;
        if (source.sameKey(first)) {
          this.duplicate(first, source.currentId(), source);
          return;
        }
      }
      at = (at + 4) & (this.mask * 4 + 3);
    }
    this.place(at, h1, h2, position + 1);
    this.size += 1;
    if (this.size > this.mask * 0.75) this.grow();
  }

  private place(at: number, h1: number, h2: number, stored: number): void {
    this.slots[at] = h1;
    this.slots[at + 1] = h2;
    this.slots[at + 2] = stored % HIGH;
    this.slots[at + 3] = Math.floor(stored / HIGH);
  }

  private duplicate(firstPosition: number, id: string, source: DuplicateSource): void {
    const least = this.smallest.get(firstPosition) ?? source.idAt(firstPosition);
    if (id < least) {
      this.findings.push(least);
      this.smallest.set(firstPosition, id);
    } else {
      this.findings.push(id);
      this.smallest.set(firstPosition, least);
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity * 4);
    const wrap = this.mask * 4 + 3;
    for (let from = 0; from < old.length; from += 4) {
      if (old[from + 2] === 0 && old[from + 3] === 0) continue;
      let at = (mix(old[from] as number) & this.mask) << 2;
      while (this.slots[at + 2] !== 0 || this.slots[at + 3] !== 0) at = (at + 4) & wrap;
      for (let w = 0; w < 4; w += 1) this.slots[at + w] = old[from + w] as number;
    }
  }
}

/** Murmur3's finaliser: spreads a 32-bit hash over all bits before masking. */
export function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Two independent 32-bit hashes of byte ranges, fed in turn: Murmur3-style rounds over four bytes
 * at a time with different constants (a per-byte chain was most of the cost of R9).
 */
export class KeyHasher {
  h1 = 0x811c9dc5;
  h2 = 0x9747b28c;
  reset(): void {
    this.h1 = 0x811c9dc5;
    this.h2 = 0x9747b28c;
  }
  bytes(buf: Uint8Array, start: number, end: number): void {
    let a = this.h1;
    let b = this.h2;
    let i = start;
    for (; i + 4 <= end; i += 4) {
      const k =
        (buf[i] as number) |
        ((buf[i + 1] as number) << 8) |
        ((buf[i + 2] as number) << 16) |
        ((buf[i + 3] as number) << 24);
      a = round(a, k, 0xcc9e2d51, 0x1b873593);
      b = round(b, k, 0x85ebca6b, 0xc2b2ae35);
    }
    let k = end - start;
    // The length in the last word keeps ("ab","c") and ("a","bc") apart.
    for (let shift = 8; i < end; i += 1, shift += 8) k ^= (buf[i] as number) << shift;
    this.h1 = round(a, k, 0xcc9e2d51, 0x1b873593) >>> 0;
    this.h2 = round(b, k, 0x85ebca6b, 0xc2b2ae35) >>> 0;
  }
}

function round(h: number, k: number, c1: number, c2: number): number {
  let x = Math.imul(k, c1);
  x = Math.imul((x << 15) | (x >>> 17), c2);
  const y = h ^ x;
  return (Math.imul((y << 13) | (y >>> 19), 5) + 0xe6546b64) | 0;
}
