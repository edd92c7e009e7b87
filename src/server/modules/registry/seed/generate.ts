/**
 * A deterministic, realistic demo registry for Shanghai — a pure function of the seed: no I/O, no
 * clock, no Math.random. Rows are keyed by the interchange-v1 column names (docs: shared spec
 * interchange-v1.md) plus the extra institution columns the platform imports.
 *
 *   generateRegistry(20240601)                      // ≈5,000 institutions, 60,000 practitioners, 400 drugs
 *   generateRegistry(7, { institutions: 200, practitioners: 1500, drugs: 50 })
 *
 * Each part draws from its own forked stream, so changing the practitioner count leaves the
 * institutions unchanged and vice versa.
 */
import {
  DRUG_COLUMNS,
  INSTITUTION_EXTRA_COLUMNS,
  PRACTITIONER_EXTRA_COLUMNS,
  INSTITUTION_COLUMNS as REQUIRED_INSTITUTION_COLUMNS,
  PRACTITIONER_COLUMNS as REQUIRED_PRACTITIONER_COLUMNS,
} from '../../../../shared/registry.js';
import { AS_OF_DEFAULT } from './data.js';
import { generateDrugs } from './drugs.js';
import { generateInstitutions, type Row } from './institutions.js';
import { FILING_AT_INACTIVE_SHARE, generatePractitioners, OUT_OF_LICENCE_SHARE } from './practitioners.js';
import { createRng } from './random.js';

export type { Row } from './institutions.js';
export { ALL_PROFILE_CODES, categoryAllows, covers, licensedFor } from './departments.js';
export { creditCheck, orgCheck } from './ids.js';

export interface RegistryOptions {
  institutions?: number;
  practitioners?: number;
  drugs?: number;
  /** Reference day for licence validity (YYYY-MM-DD); ~2 % of licences end before it. */
  asOf?: string;
}

export interface GeneratedRegistry {
  institutions: Row[];
  practitioners: Row[];
  drugs: Row[];
}

export const DEFAULT_COUNTS = { institutions: 5000, practitioners: 60_000, drugs: 400 } as const;

/** The columns the generator writes, in file order: the interchange ones and the extras it fills. */
export const INSTITUTION_COLUMNS = [
  ...REQUIRED_INSTITUTION_COLUMNS,
  ...INSTITUTION_EXTRA_COLUMNS.filter((c) => c !== 'ws218_code'),
] as const;
export const PRACTITIONER_COLUMNS = [
  ...REQUIRED_PRACTITIONER_COLUMNS,
  ...PRACTITIONER_EXTRA_COLUMNS,
] as const;
export { DRUG_COLUMNS };

/**
 * Irregularities seeded on purpose so that screening and inspection screens have something to find.
 * Everything else is kept consistent (departments exist in the code list, scopes match categories,
 * registrations reference generated institutions, the first registration is the primary one).
 */
export const SEEDED_ANOMALIES = [
  {
    id: 'OUT_OF_LICENCE_SCOPE',
    share: OUT_OF_LICENCE_SHARE,
    of: 'practitioners',
    what: 'one practice scope (valid for the category) that the primary institution is not licensed for',
  },
  {
    id: 'FILING_AT_INACTIVE',
    share: FILING_AT_INACTIVE_SHARE,
    of: 'practitioners',
    what: 'a multi-site filing at an institution that is suspended, revoked or whose licence has lapsed',
  },
  {
    id: 'SUSPENDED',
    share: 0.015,
    of: 'institutions',
    what: 'status suspended (small private institutions)',
  },
  { id: 'REVOKED', share: 0.005, of: 'institutions', what: 'status revoked (small private institutions)' },
  {
    id: 'LICENCE_LAPSED',
    share: 0.02,
    of: 'institutions',
    what: 'status still active but licence_valid_to before asOf (small private institutions)',
  },
  {
    id: 'PRACTITIONER_NOT_ACTIVE',
    share: 0.016,
    of: 'practitioners',
    what: 'practitioner suspended (1.2 %) or revoked (0.4 %) while still listed with registrations',
  },
] as const;

export function generateRegistry(seed: number, options: RegistryOptions = {}): GeneratedRegistry {
  const counts = { ...DEFAULT_COUNTS, ...stripUndefined(options) };
  const asOf = options.asOf ?? AS_OF_DEFAULT;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`asOf must be YYYY-MM-DD, got ${asOf}`);
  for (const [key, n] of Object.entries(counts))
    if (typeof n === 'number' && (!Number.isInteger(n) || n < 0))
      throw new Error(`${key} must be a non-negative integer`);
  const root = createRng(seed);
  const institutions = generateInstitutions(root.fork('institutions'), counts.institutions, asOf);
  const practitioners = institutions.length
    ? generatePractitioners(root.fork('practitioners'), institutions, counts.practitioners)
    : [];
  return {
    institutions: institutions.map((i) => i.row),
    practitioners,
    drugs: generateDrugs(root.fork('drugs'), counts.drugs),
  };
}

function stripUndefined(o: RegistryOptions) {
  const out: Partial<Record<'institutions' | 'practitioners' | 'drugs', number>> = {};
  if (o.institutions !== undefined) out.institutions = o.institutions;
  if (o.practitioners !== undefined) out.practitioners = o.practitioners;
  if (o.drugs !== undefined) out.drugs = o.drugs;
  return out;
}
