/**
 * Cross-checks the engine against a deliberately naive reference implementation of the spec
 * (plain strings, objects and sorting) on random data from a fixed seed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCovered, readCsvTable } from '../registry/index.js';
import { writeDataDir } from './sample/data-dir.js';
import { generateRecords, seededRandom } from './sample/records.js';
import { screenDirectory } from './index.js';

const root = mkdtempSync(path.join(tmpdir(), 'screen-cross-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function randomRegistry(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const codes = ['03', '03.01', '03.02', '04', '04.01', '05', '07', '12', '12.01', '50'];
  const some = (n: number) => [...new Set(Array.from({ length: n }, () => pick(codes)))].join(';');
  const institutions = Array.from({ length: 60 }, (_, i) => ({
    id: `I${String(i).padStart(3, '0')}`,
    name: `inst ${i}`,
    category: pick(['general_hospital', 'clinic']),
    licence_valid_from: random() < 0.1 ? '2026-03-15' : '2020-01-01',
    licence_valid_to: random() < 0.1 ? '2026-04-30' : random() < 0.05 ? '' : '2030-12-31',
    departments: some(1 + Math.floor(random() * 5)),
    status: random() < 0.05 ? pick(['suspended', 'revoked']) : 'active',
  }));
  const practitioners = Array.from({ length: 150 }, (_, i) => ({
    id: `P${i}`,
    name: `p ${i}`,
    scopes: some(1 + Math.floor(random() * 2)),
    title: pick(['resident', 'attending', 'associate_chief', 'chief']),
    status: random() < 0.05 ? pick(['suspended', 'revoked']) : 'active',
    registrations: [pick(institutions).id, ...(random() < 0.3 ? [pick(institutions).id, 'GONE'] : [])].join(
      ';',
    ),
  }));
  const drugs = Array.from({ length: 12 }, (_, i) => ({
    code: `D${i}`,
    name: `drug ${i}`,
    antibiotic_level: String(Math.floor(random() * 4)),
    price_cap: random() < 0.1 ? '' : (5 + Math.floor(random() * 50)).toFixed(1),
  }));
  return { institutions, practitioners, drugs };
}

/** The spec, read literally. */
function naive(dir: string): string[] {
  const table = (name: string) => readCsvTable(readFileSync(path.join(dir, name), 'utf8'), []).records;
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  const inst = new Map(table('institutions.csv').map((r) => [r.id, r]));
  const prac = new Map(table('practitioners.csv').map((r) => [r.id, r]));
  const drug = new Map(table('drugs.csv').map((r) => [r.code, r]));
  const maxLevel: Record<string, number> = { resident: 1, attending: 2, associate_chief: 3, chief: 3 };
  const out = new Set<string>();
  const groups = new Map<string, string[]>();
  const totals = new Map<string, number>();
  for (const r of table('records.csv')) {
    const i = inst.get(r.institution_id as string);
    const p = prac.get(r.practitioner_id as string);
    const isDrug = r.item_type === 'drug';
    const d = isDrug ? drug.get(r.item_code as string) : undefined;
    const date = r.service_date as string;
    const dept = r.department_code as string;
    const add = (code: string) => out.add(`${code},${r.id}`);
    if (i) {
      const from = i.licence_valid_from || '0000-00-00';
      const to = i.licence_valid_to || '9999-99-99';
      if (i.status !== 'active' || date < from || date > to) add('LICENCE_INVALID');
      if (!isCovered(list(i.departments), dept)) add('DEPT_NOT_LICENSED');
      if (p && !list(p.registrations).includes(i.id as string)) add('NOT_REGISTERED_HERE');
    }
    if (p) {
      if (!isCovered(list(p.scopes), dept)) add('OUT_OF_SCOPE');
      if (p.status === 'suspended' || p.status === 'revoked') add('PRACTITIONER_NOT_ACTIVE');
      if (d && Number(d.antibiotic_level) > (maxLevel[p.title as string] as number))
        add('ANTIBIOTIC_PRIVILEGE');
    }
    if (d && d.price_cap !== '' && Number(r.unit_price) > Number(d.price_cap)) add('PRICE_OVER_CAP');
    if (!i || !p || (isDrug && !d)) add('UNKNOWN_REFERENCE');
    const key = [r.institution_id, r.patient_ref, r.item_code, date].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), r.id as string]);
    if (isDrug && i && d) {
      const k = `${i.id}|${d.code}|${date.slice(0, 7)}`;
      totals.set(k, (totals.get(k) ?? 0) + Number(r.quantity));
    }
  }
  for (const ids of groups.values())
    for (const id of [...ids].sort().slice(1)) out.add(`DUPLICATE_CHARGE,${id}`);
  const peers = new Map<string, [string, number][]>();
  for (const [k, total] of totals) {
    const [i, code, month] = k.split('|') as [string, string, string];
    const peer = `${code}|${month}|${inst.get(i)?.category}`;
    peers.set(peer, [...(peers.get(peer) ?? []), [k, total]]);
  }
  for (const members of peers.values()) {
    if (members.length < 5) continue;
    const sorted = members.map(([, t]) => t).sort((a, b) => a - b);
    const m = sorted.length;
    const median =
      m % 2
        ? (sorted[(m - 1) / 2] as number)
        : ((sorted[m / 2 - 1] as number) + (sorted[m / 2] as number)) / 2;
    for (const [k, t] of members) if (t > 3 * median) out.add(`ABNORMAL_VOLUME,${k}`);
  }
  return [...out].sort((a, b) => {
    const [ra, ...xa] = a.split(',');
    const [rb, ...xb] = b.split(',');
    return ra === rb ? (xa.join(',') < xb.join(',') ? -1 : 1) : (ra as string) < (rb as string) ? -1 : 1;
  });
}

describe('engine against a naive reference implementation', () => {
  it.each([1, 2, 3])('agrees on random data (seed %i, 4,000 records)', async (seed) => {
    const registry = randomRegistry(seed);
    let records = '';
    generateRecords(registry, seed, 4000, (chunk) => (records += chunk));
    const dir = writeDataDir(path.join(root, String(seed)), { ...registry, records });
    const expected = naive(dir);
    const actual = (await screenDirectory(dir)).findings.map((f) => `${f.rule},${f.ref}`);
    expect(actual).toEqual(expected);
    const rules = new Set(expected.map((line) => line.split(',')[0]));
    expect(rules.size).toBe(10);
  });

  it('agrees when R9 has enough keys per partition to be settled in buckets (60,000 records)', async () => {
    const registry = randomRegistry(4);
    let records = '';
    generateRecords(registry, 4, 60_000, (chunk) => (records += chunk));
    const dir = writeDataDir(path.join(root, 'bucketed'), { ...registry, records });
    const actual = (await screenDirectory(dir, { threads: 2, blockBytes: 1 << 20 })).findings.map(
      (f) => `${f.rule},${f.ref}`,
    );
    expect(actual).toEqual(naive(dir));
  });

  it('reads the same when records are split across reads, quoted and with CRLF', async () => {
    const registry = randomRegistry(9);
    let records = '';
    generateRecords(registry, 9, 1500, (chunk) => (records += chunk));
    const quoted = records
      .split('\n')
      .map((line, i) => (i % 3 === 1 ? line.replace(/^([^,]*),([^,]*),/, '"$1","$2",') : line))
      .join('\r\n');
    const dir = writeDataDir(path.join(root, 'split'), { ...registry, records: quoted });
    const expected = naive(dir);
    for (const chunk of [7, 64, 1000])
      expect((await screenDirectory(dir, { chunk })).findings.map((f) => `${f.rule},${f.ref}`)).toEqual(
        expected,
      );
  });

  // Blocks of a few dozen bytes put cuts everywhere: inside quoted fields that hold line breaks
  // (a wrong first guess of where a block starts, which must be caught and re-read), between
  // the records of a duplicate group (R9 groups spanning blocks and threads), and R10 totals
  // summed over blocks. Threads above 1 run real worker threads.
  it.each([
    [37, 1],
    [37, 3],
    [211, 2],
    [4096, 2],
  ])('reads the same cut into blocks of %i bytes on %i threads', async (blockBytes, threads) => {
    const dir = path.join(root, `blocks-${blockBytes}-${threads}`);
    writeDataDir(dir, { ...randomRegistry(5), records: multiLineRecords(5) });
    const expected = naive(dir);
    const actual = await screenDirectory(dir, { blockBytes, threads, chunk: 64 });
    expect(actual.findings.map((f) => `${f.rule},${f.ref}`)).toEqual(expected);
    expect(actual.records).toBe(1300);
  });

  it('names the absolute line of a problem in a later block', async () => {
    const lines = multiLineRecords(6).split('\n');
    const dir = path.join(root, 'blocks-error');
    // Line 900 of the file (after multi-line fields above it) gets a bad date.
    const broken = [
      ...lines.slice(0, 899),
      lines[899]?.replace(/2026-\d\d-\d\d/, '2026-02-30'),
      ...lines.slice(900),
    ];
    writeDataDir(dir, { ...randomRegistry(6), records: broken.join('\n') });
    const at = (options: object) =>
      screenDirectory(dir, options).then(
        () => 'no error',
        (error: Error) => error.message,
      );
    const single = await at({ threads: 1, blockBytes: 1 << 30 });
    expect(single).toMatch(/^records.csv, line 900, column 5 \(service_date\): not a date/);
    expect(await at({ threads: 2, blockBytes: 53 })).toBe(single);
    // A quote opened on the last line and never closed.
    const unterminated = `${[...lines.slice(0, -1), 'r-x,"I000,P1,03'].join('\n')}\n`;
    writeDataDir(dir, { ...randomRegistry(6), records: unterminated });
    const opened = await at({ threads: 1, blockBytes: 1 << 30 });
    expect(opened).toContain(`unterminated quoted field (opened on line ${lines.length})`);
    expect(await at({ threads: 2, blockBytes: 53 })).toBe(opened);
  });
});

/**
 * 1,300 records: every seventh patient reference quoted with a line break (and a doubled quote)
 * inside, and the first 100 records charged again at the end under new ids, so that duplicate
 * groups span the whole file.
 */
function multiLineRecords(seed: number): string {
  let records = '';
  generateRecords(randomRegistry(seed), seed, 1200, (chunk) => (records += chunk));
  const lines = records.trimEnd().split('\n');
  const again = lines.slice(1, 101).map((line) => line.replace(/^R/, 'A'));
  return `${[...lines, ...again]
    .map((line, i) => (i % 7 === 3 ? line.replace(/,(PT\d+),/, ',"$1\n""x",') : line))
    .join('\n')}\n`;
}
