/**
 * A Bundle's JSON text written piece by piece, so that a city-wide export never sits in memory as
 * one string. FHIR JSON allows no empty arrays: a Bundle without entries has no `entry` at all.
 */
import type { BundleEntry } from './types.js';

/** Pieces of about this many characters. */
const PIECE = 64 * 1024;

export async function* bundleChunks(
  header: Record<string, unknown>,
  entries: AsyncIterable<BundleEntry>,
  hasEntries: boolean,
): AsyncGenerator<string> {
  const head = JSON.stringify(header);
  if (!hasEntries) {
    yield head;
    return;
  }
  let piece = `${head.slice(0, -1)},"entry":[`;
  let first = true;
  for await (const entry of entries) {
    piece += (first ? '' : ',') + JSON.stringify(entry);
    first = false;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}]}`;
}
