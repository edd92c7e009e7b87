/**
 * R9 DUPLICATE_CHARGE: records with the same institution, patient, item code and service date;
 * every record of such a group but the one with the smallest id (ids compare as strings) is a
 * finding. Each key comes with two 32-bit hashes (read/records.ts derives them from hashes of the
 * key's fields) into an open-addressing table of typed arrays holding, per distinct key, the
 * position of its first record; a hash match is then confirmed by `sameKey` (the caller re-reads
 * that record), so the result is exact while memory stays at 16 bytes per slot whatever the
 * length of the keys.
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

  /** Empties the table (keeping its size) for keys that cannot meet those added so far. */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  private place(at: number, h1: number, h2: number, stored: number): void {
    this.slots[at] = h1;
    this.slots[at + 1] = h2;
    this.slots[at + 2] = stored >>> 0; // the low 32 bits, exactly
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
