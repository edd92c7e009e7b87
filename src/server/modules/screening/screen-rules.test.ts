import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataDir } from './sample/data-dir.js';
import { RULES, screenDirectory, violationsCsv } from './index.js';
import { violationsCsvByRule } from './screen.js';

const root = mkdtempSync(path.join(tmpdir(), 'screen-rules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;

type Row = Record<string, string>;
const institution = (id: string, more: Partial<Row> = {}): Row => ({
  id,
  name: id,
  category: 'general_hospital',
  district_code: '310104',
  licence_no: `L${id}`,
  licence_valid_from: '2020-01-01',
  licence_valid_to: '2030-12-31',
  departments: '03;04.01',
  status: 'active',
  ...more,
});
const INSTITUTIONS = [
  institution('I1'),
  institution('I2', { category: 'clinic', status: 'suspended', departments: '03' }),
  institution('I3', { licence_valid_to: '2025-12-31', departments: '03' }),
  institution('I4', { licence_valid_from: '2026-04-01', departments: '03' }),
];
const PRACTITIONERS = [
  {
    id: 'P1',
    name: 'p1',
    category: 'clinical',
    scopes: '03',
    title: 'resident',
    status: 'active',
    registrations: 'I1;I3;I4',
  },
  {
    id: 'P2',
    name: 'p2',
    category: 'clinical',
    scopes: '03;04',
    title: 'attending',
    status: 'suspended',
    registrations: 'I1',
  },
  {
    id: 'P3',
    name: 'p3',
    category: 'clinical',
    scopes: '04',
    title: 'chief',
    status: 'revoked',
    registrations: 'I2',
  },
  {
    id: 'P4',
    name: 'p4',
    category: 'clinical',
    scopes: '03',
    title: 'associate_chief',
    status: 'active',
    registrations: 'I1',
  },
];
const DRUGS = [
  { code: 'D0', name: 'd0', antibiotic_level: '0', price_cap: '10' },
  { code: 'D1', name: 'd1', antibiotic_level: '1', price_cap: '10' },
  { code: 'D2', name: 'd2', antibiotic_level: '2', price_cap: '50' },
  { code: 'D3', name: 'd3', antibiotic_level: '3', price_cap: '' },
];
const record = (more: Partial<Row> = {}): Row => ({
  id: 'r1',
  institution_id: 'I1',
  practitioner_id: 'P1',
  department_code: '03.01',
  service_date: '2026-03-01',
  patient_ref: 'PT1',
  item_type: 'procedure',
  item_code: 'PRC1',
  quantity: '1',
  unit_price: '5',
  ...more,
});

async function screen(records: Row[], institutions = INSTITUTIONS, options = {}) {
  dirs += 1;
  const dir = writeDataDir(path.join(root, String(dirs)), {
    institutions,
    practitioners: PRACTITIONERS,
    drugs: DRUGS,
    records,
  });
  return screenDirectory(dir, options);
}
const codesOf = async (records: Row[]) => (await screen(records)).findings.map((f) => f.rule).sort();

describe('rules R1–R8 on one record', () => {
  it.each([
    ['a consistent record', {}, []],
    [
      'R1: institution suspended',
      { institution_id: 'I2', practitioner_id: 'P3', department_code: '03' },
      ['LICENCE_INVALID', 'OUT_OF_SCOPE', 'PRACTITIONER_NOT_ACTIVE'],
    ],
    ['R1: after the licence ends', { institution_id: 'I3' }, ['LICENCE_INVALID']],
    ['R1: on the last valid day', { institution_id: 'I3', service_date: '2025-12-31' }, []],
    ['R1: before the licence starts', { institution_id: 'I4' }, ['LICENCE_INVALID']],
    ['R1: on the first valid day', { institution_id: 'I4', service_date: '2026-04-01' }, []],
    [
      'R2+R4: 04 is not covered by 04.01 nor by scope 03',
      { department_code: '04' },
      ['DEPT_NOT_LICENSED', 'OUT_OF_SCOPE'],
    ],
    [
      'R2: 04.02 is a sibling of 04.01',
      { practitioner_id: 'P2', department_code: '04.02' },
      ['DEPT_NOT_LICENSED', 'PRACTITIONER_NOT_ACTIVE'],
    ],
    [
      'coverage: 04.01.03 is under 04.01 and 04',
      { practitioner_id: 'P2', department_code: '04.01.03' },
      ['PRACTITIONER_NOT_ACTIVE'],
    ],
    ['coverage: 030 is not under 03', { department_code: '030' }, ['DEPT_NOT_LICENSED', 'OUT_OF_SCOPE']],
    ['coverage: 03 covers itself', { department_code: '03' }, []],
    [
      'R3: not registered at I1',
      { institution_id: 'I1', practitioner_id: 'P3', department_code: '04.01' },
      ['NOT_REGISTERED_HERE', 'PRACTITIONER_NOT_ACTIVE'],
    ],
    ['R5: suspended practitioner', { practitioner_id: 'P2' }, ['PRACTITIONER_NOT_ACTIVE']],
    ['R6: resident prescribing level 2', { item_type: 'drug', item_code: 'D2' }, ['ANTIBIOTIC_PRIVILEGE']],
    ['R6: resident prescribing level 1', { item_type: 'drug', item_code: 'D1' }, []],
    [
      'R6: attending prescribing level 2',
      { practitioner_id: 'P2', item_type: 'drug', item_code: 'D2' },
      ['PRACTITIONER_NOT_ACTIVE'],
    ],
    [
      'R6: associate chief prescribing level 3',
      { practitioner_id: 'P4', item_type: 'drug', item_code: 'D3' },
      [],
    ],
    ['R6: only for drug records', { item_type: 'procedure', item_code: 'D3' }, []],
    ['R7: above the cap', { item_type: 'drug', item_code: 'D0', unit_price: '10.01' }, ['PRICE_OVER_CAP']],
    ['R7: at the cap', { item_type: 'drug', item_code: 'D0', unit_price: '10.00' }, []],
    ['R7: no cap', { practitioner_id: 'P4', item_type: 'drug', item_code: 'D3', unit_price: '99999' }, []],
    ['R7: only for drug records', { item_type: 'consumable', item_code: 'D0', unit_price: '11' }, []],
    // R8: each rule still applies where the facts it needs are known.
    [
      'R8: unknown institution; R4/R5 still apply',
      { institution_id: 'IX', practitioner_id: 'P2', department_code: '05' },
      ['OUT_OF_SCOPE', 'PRACTITIONER_NOT_ACTIVE', 'UNKNOWN_REFERENCE'],
    ],
    [
      'R8: unknown practitioner; R1/R2 still apply',
      { institution_id: 'I2', practitioner_id: 'PX', department_code: '05' },
      ['DEPT_NOT_LICENSED', 'LICENCE_INVALID', 'UNKNOWN_REFERENCE'],
    ],
    [
      'R8: unknown drug; R6/R7 cannot apply, R3 still does',
      {
        institution_id: 'I2',
        practitioner_id: 'P1',
        department_code: '03',
        item_type: 'drug',
        item_code: 'DX',
        unit_price: '999',
      },
      ['LICENCE_INVALID', 'NOT_REGISTERED_HERE', 'UNKNOWN_REFERENCE'],
    ],
    [
      'R8: unknown drug and practitioner; R7 not, R6 not',
      { practitioner_id: 'PX', item_type: 'drug', item_code: 'DX' },
      ['UNKNOWN_REFERENCE'],
    ],
    [
      'R8: unknown practitioner, known drug; R7 still applies',
      { practitioner_id: 'PX', item_type: 'drug', item_code: 'D3' },
      ['UNKNOWN_REFERENCE'],
    ],
    [
      'R8: unknown practitioner, R7 fires on the known drug',
      { practitioner_id: 'PX', item_type: 'drug', item_code: 'D0', unit_price: '11' },
      ['PRICE_OVER_CAP', 'UNKNOWN_REFERENCE'],
    ],
    ['R8: a non-drug item code is not a reference', { item_type: 'procedure', item_code: 'NOPE' }, []],
  ])('%s', async (_name, more, expected) => {
    expect(await codesOf([record(more)])).toEqual(expected);
  });
});

describe('R9 duplicate charges', () => {
  it('keeps the smallest id (as strings) of each group, also for unknown references', async () => {
    const same = { patient_ref: 'PT9', item_code: 'PRC7' };
    const result = await screen([
      record({ ...same, id: 'b' }),
      record({ ...same, id: 'a9' }),
      record({ ...same, id: 'a10' }),
      record({ ...same, id: 'c', service_date: '2026-03-02' }),
      record({ ...same, id: 'd', institution_id: 'I3', service_date: '2025-01-01' }),
      record({ id: 'x2', institution_id: 'IX', practitioner_id: 'PX', patient_ref: 'PTX' }),
      record({ id: 'x1', institution_id: 'IX', practitioner_id: 'PY', patient_ref: 'PTX' }),
    ]);
    expect(result.findings.filter((f) => f.rule === 'DUPLICATE_CHARGE').map((f) => f.ref)).toEqual([
      'a9',
      'b',
      'x2',
    ]);
  });
});

describe('R10 abnormal volume', () => {
  const peers = (totals: number[], category = 'general_hospital') =>
    totals.map((_, i) => institution(`H${i}`, { category }));
  const drugRecords = (totals: number[], month = '2026-03') =>
    totals.map((quantity, i) =>
      record({
        id: `v${month}${i}`,
        institution_id: `H${i}`,
        practitioner_id: 'PX',
        item_type: 'drug',
        item_code: 'D0',
        quantity: String(quantity),
        service_date: `${month}-0${1 + (i % 9)}`,
        patient_ref: `P${i}`,
      }),
    );
  const r10 = async (totals: number[], institutions = peers(totals), options = {}) =>
    (await screen(drugRecords(totals), institutions, options)).findings
      .filter((f) => f.rule === 'ABNORMAL_VOLUME')
      .map((f) => f.ref);

  it.each([
    ['odd count: 100 > 3 × 2', [1, 1, 2, 2, 100], ['H4|D0|2026-03']],
    ['exactly 3 × the median does not fire', [2, 2, 2, 2, 6], []],
    [
      'even count: the median is the mean of the middle values (4, limit 12)',
      [1, 1, 3, 5, 10, 13],
      ['H5|D0|2026-03'],
    ],
    ['fewer than 5 peers prescribing: no finding', [1, 1, 1, 100], []],
  ])('%s', async (_name, totals, expected) => {
    expect(await r10(totals)).toEqual(expected);
  });

  it('counts peers of the same category only, and the peer minimum is a parameter', async () => {
    const mixed = [...peers([1, 1, 1, 1]), institution('H4', { category: 'clinic' })];
    expect(await r10([1, 1, 1, 1, 100], mixed)).toEqual([]);
    expect(await r10([1, 1, 1, 100], peers([1, 1, 1, 100]), { volume: { peerMinimum: 4 } })).toEqual([
      'H3|D0|2026-03',
    ]);
    expect(await r10([1, 1, 2, 2, 5], peers([1, 1, 2, 2, 5]), { volume: { multiplier: 2 } })).toEqual([
      'H4|D0|2026-03',
    ]);
  });

  it('sums per institution and month', async () => {
    const records = [
      ...drugRecords([1, 1, 2, 2, 3]),
      ...drugRecords([0, 0, 0, 0, 97]),
      ...drugRecords([9, 9, 9, 9, 9], '2026-04'),
    ];
    const unique = records.map((r, i) => ({ ...r, id: `u${i}`, patient_ref: `Q${i}` }));
    const found = (await screen(unique, peers([1, 1, 1, 1, 1]))).findings.filter(
      (f) => f.rule === 'ABNORMAL_VOLUME',
    );
    expect(found.map((f) => f.ref)).toEqual(['H4|D0|2026-03']);
  });
});

describe('output', () => {
  it('sorts by rule code then ref, one line per (rule, ref), and reports rule versions', async () => {
    const result = await screen([
      record({ id: 'z', institution_id: 'I3' }),
      record({ id: 'b,1', institution_id: 'I3', patient_ref: 'PT2' }),
      record({ id: 'a', department_code: '05', patient_ref: 'PT3' }),
    ]);
    expect(violationsCsv(result.findings)).toBe(
      'rule,ref\nDEPT_NOT_LICENSED,a\nLICENCE_INVALID,"b,1"\nLICENCE_INVALID,z\nOUT_OF_SCOPE,a\n',
    );
    // The command's writer (from the refs per rule) gives the same bytes, quoting included.
    expect(violationsCsvByRule(result.refsByRule)).toBe(violationsCsv(result.findings));
    expect(violationsCsvByRule([{ rule: 'R', refs: [] }])).toBe(violationsCsv([]));
    expect(result.rules).toHaveLength(10);
    expect(result.rules.map((r) => `${r.code}@${r.version}`)).toContain('ABNORMAL_VOLUME@1');
    expect(RULES.find((r) => r.id === 'R10')?.parameters).toEqual({ multiplier: 3, peerMinimum: 5 });
    for (const rule of RULES) expect(rule.legalBasis['zh-CN'] && rule.legalBasis.en).toBeTruthy();
  });
});
