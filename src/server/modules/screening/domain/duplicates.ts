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

export class DuplicateIndex {
  private mask: number;
  private h1: Uint32Array;
  private h2: Uint32Array;
  /** position + 1 of the key's first record; 0 = empty slot. */
  private first: Float64Array;
  private size = 0;
  /** Smallest id so far of each key seen more than once, by the position of its first record. */
  private readonly smallest = new Map<number, string>();
  /** Ids of the records that are not the smallest of their group (may repeat; dedupe on output). */
  readonly findings: string[] = [];

  constructor(expected = 1 << 16) {
    let capacity = 1 << 10;
    while (capacity * 0.7 < expected) capacity *= 2;
    this.mask = capacity - 1;
    this.h1 = new Uint32Array(capacity);
    this.h2 = new Uint32Array(capacity);
    this.first = new Float64Array(capacity);
  }

  /** Adds the record at `position` (the source's current record) under its key's hashes h1, h2. */
  add(h1: number, h2: number, position: number, source: DuplicateSource): void {
    let slot = mix(h1) & this.mask;
    for (;;) {
      const at = this.first[slot] as number;
      if (at === 0) break;
      if (this.h1[slot] === h1 && this.h2[slot] === h2 && source.sameKey(at - 1)) {
        this.duplicate(at - 1, source.currentId(), source);
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.h1[slot] = h1;
    this.h2[slot] = h2;
    this.first[slot] = position + 1;
    this.size += 1;
    if (this.size > this.mask * 0.75) this.grow();
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
    const { h1, h2, first } = this;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.h1 = new Uint32Array(capacity);
    this.h2 = new Uint32Array(capacity);
    this.first = new Float64Array(capacity);
    for (let i = 0; i < first.length; i += 1) {
      if (first[i] === 0) continue;
      let slot = mix(h1[i] as number) & this.mask;
      while (this.first[slot] !== 0) slot = (slot + 1) & this.mask;
      this.h1[slot] = h1[i] as number;
      this.h2[slot] = h2[i] as number;
      this.first[slot] = first[i] as number;
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

/** Two independent 32-bit hashes (FNV-1a and a multiplicative one) of byte ranges, fed in turn. */
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
    for (let i = start; i < end; i += 1) {
      const c = buf[i] as number;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b + c + 1, 0x5bd1e995) ^ (b >>> 13);
    }
    // The separator keeps ("ab","c") and ("a","bc") apart.
    this.h1 = Math.imul(a ^ 0x7c, 0x01000193) >>> 0;
    this.h2 = (Math.imul(b + 0x7d, 0x5bd1e995) ^ (b >>> 13)) >>> 0;
  }
}
