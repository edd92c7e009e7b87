import type { ChangeSource } from '../../../shared/registry.js';
import type { Db } from '../../platform/db/client.js';
import { diffFields } from './domain/changes.js';
import type { ParsedDrug } from './domain/validate-drugs.js';
import type { ParsedInstitution } from './domain/validate-institutions.js';
import type { ParsedPractitioner } from './domain/validate-practitioners.js';
import {
  currentRegistrations,
  drugSnapshots,
  endRegistrations,
  insertRegistrations,
  institutionSnapshots,
  practitionerSnapshots,
  replaceLicenceDepartments,
  retireLicences,
  upsertDrugs,
  upsertInstitutions,
  upsertLicences,
  upsertPractitioners,
} from './import-store.js';
import { type ChangeRow, insertChanges } from './timeline-store.js';

/** Who and when, stamped on every timeline entry of one import. */
export interface Stamp {
  at: Date;
  actorId: string | null;
  actorName: string;
  source: ChangeSource;
  /** Today in Asia/Shanghai: the start of new registrations, the end of dropped ones. */
  today: string;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

type EntityType = ChangeRow['entityType'];

/** Compares each record with what is stored; returns the changed ones and their timeline entries. */
function compare<T extends { key: string; fields: Record<string, unknown> }>(
  entityType: EntityType,
  records: T[],
  before: Map<string, Record<string, unknown>>,
  stamp: Stamp,
  counts: Counts,
) {
  const changed: { record: T; existed: boolean }[] = [];
  const timeline: ChangeRow[] = [];
  for (const record of records) {
    const prev = before.get(record.key) ?? null;
    const changes = diffFields(prev, record.fields);
    if (!Object.keys(changes).length) {
      counts.unchanged += 1;
      continue;
    }
    counts[prev ? 'updated' : 'created'] += 1;
    changed.push({ record, existed: !!prev });
    const { today: _today, ...who } = stamp;
    timeline.push({ ...who, entityType, entityId: record.key, action: prev ? 'update' : 'create', changes });
  }
  return { changed, timeline };
}

const institutionFields = (i: ParsedInstitution) => {
  const { id: _id, nameInitials: _initials, licence, ...rest } = i;
  return {
    ...rest,
    licenceNumber: licence.number,
    licenceValidFrom: licence.validFrom,
    licenceValidTo: licence.validTo,
    departments: licence.departments,
  };
};

/** Upserts one batch of institutions with their licences and 诊疗科目; history of licences is kept. */
export async function writeInstitutions(tx: Db, batch: ParsedInstitution[], stamp: Stamp, counts: Counts) {
  await writeInstitutionChanges(tx, batch, stamp, counts);
}

/** The same, returning the timeline entries written (none when nothing changed). */
export async function writeInstitutionChanges(
  tx: Db,
  batch: ParsedInstitution[],
  stamp: Stamp,
  counts: Counts,
): Promise<ChangeRow[]> {
  const stored = await institutionSnapshots(
    tx,
    batch.map((i) => i.id),
  );
  const before = new Map(
    stored.map(
      ({ institution: { id, nameInitials: _n, createdAt: _c, updatedAt: _u, ...rest }, ...licence }) => [
        id,
        { ...rest, ...licence, departments: licence.departments ? licence.departments.split(';') : [] },
      ],
    ),
  );
  const records = batch.map((i) => ({ key: i.id, fields: institutionFields(i), value: i }));
  const { changed, timeline } = compare('institution', records, before, stamp, counts);
  await upsertInstitutions(
    tx,
    changed.map(({ record: { value } }) => {
      const { licence: _licence, ...row } = value;
      return row;
    }),
  );
  const moved = changed.filter(
    ({ record, existed }) => existed && before.get(record.key)?.licenceNumber !== record.value.licence.number,
  );
  await retireLicences(
    tx,
    moved.map(({ record }) => record.key),
  );
  const licences = changed.map(({ record: { value } }) => ({ institutionId: value.id, ...value.licence }));
  await upsertLicences(
    tx,
    licences.map(({ departments: _d, ...licence }) => licence),
  );
  await replaceLicenceDepartments(
    tx,
    licences.map((l) => l.number),
    licences.flatMap((l) =>
      l.departments.map((departmentCode) => ({ licenceNumber: l.number, departmentCode })),
    ),
  );
  await insertChanges(tx, timeline);
  return timeline;
}

/** Registrations as compared: the primary institution first, then multi-site filings in id order. */
const registrationList = (regs: { institutionId: string; kind: string }[]) => [
  ...regs.filter((r) => r.kind === 'primary').map((r) => r.institutionId),
  ...regs
    .filter((r) => r.kind !== 'primary')
    .map((r) => r.institutionId)
    .sort(),
];

/** Upserts one batch of practitioners; changed registrations are ended (kept) and new ones added. */
export async function writePractitioners(tx: Db, batch: ParsedPractitioner[], stamp: Stamp, counts: Counts) {
  const ids = batch.map((p) => p.id);
  const stored = await practitionerSnapshots(tx, ids);
  const regs = await currentRegistrations(tx, ids);
  const regsOf = new Map<string, typeof regs>();
  for (const reg of regs) regsOf.set(reg.practitionerId, [...(regsOf.get(reg.practitionerId) ?? []), reg]);
  const before = new Map(
    stored.map(({ id, nameInitials: _n, createdAt: _c, updatedAt: _u, ...rest }) => [
      id,
      { ...rest, registrations: registrationList(regsOf.get(id) ?? []) },
    ]),
  );
  const records = batch.map((p) => {
    const { id: _id, nameInitials: _n, registrations, ...rest } = p;
    return { key: p.id, fields: { ...rest, registrations: registrationList(registrations) }, value: p };
  });
  const { changed, timeline } = compare('practitioner', records, before, stamp, counts);
  await upsertPractitioners(
    tx,
    changed.map(({ record: { value } }) => {
      const { registrations: _r, ...row } = value;
      return row;
    }),
  );
  const toEnd: number[] = [];
  const toAdd: {
    practitionerId: string;
    institutionId: string;
    kind: 'primary' | 'multi_site';
    validFrom: string;
  }[] = [];
  // Interchange files carry no registration dates. A registration seen in a later import began
  // then (today); one loaded with a practitioner new to the registry began at some unknown time
  // before, bounded by the institution's licence: it is taken to run from the licence's start,
  // so that screening older records does not call every practitioner unregistered.
  const fresh = changed.filter(({ record }) => !before.has(record.key));
  const licenceStart = await licenceStarts(
    tx,
    fresh.flatMap(({ record }) => record.value.registrations.map((r) => r.institutionId)),
  );
  for (const { record } of changed) {
    const isNew = !before.has(record.key);
    const wanted = new Set(record.value.registrations.map((r) => `${r.institutionId}|${r.kind}`));
    const current = regsOf.get(record.key) ?? [];
    const have = new Set(current.map((r) => `${r.institutionId}|${r.kind}`));
    for (const reg of current) if (!wanted.has(`${reg.institutionId}|${reg.kind}`)) toEnd.push(reg.id);
    for (const reg of record.value.registrations)
      if (!have.has(`${reg.institutionId}|${reg.kind}`)) {
        const start = isNew ? licenceStart.get(reg.institutionId) : undefined;
        toAdd.push({
          practitionerId: record.key,
          ...reg,
          validFrom: start && start < stamp.today ? start : stamp.today,
        });
      }
  }
  await endRegistrations(tx, toEnd, stamp.today);
  await insertRegistrations(tx, toAdd);
  await insertChanges(tx, timeline);
}

/** Upserts one batch of drugs. */
export async function writeDrugs(tx: Db, batch: ParsedDrug[], stamp: Stamp, counts: Counts) {
  const stored = await drugSnapshots(
    tx,
    batch.map((d) => d.code),
  );
  const before = new Map(
    stored.map(({ code, createdAt: _c, updatedAt: _u, ...rest }) => [code, rest as Record<string, unknown>]),
  );
  const records = batch.map(({ code, ...fields }) => ({ key: code, fields, value: { code, ...fields } }));
  const { changed, timeline } = compare('drug', records, before, stamp, counts);
  await upsertDrugs(
    tx,
    changed.map(({ record }) => record.value),
  );
  await insertChanges(tx, timeline);
}

/** The start of each institution's current licence. */
async function licenceStarts(tx: Db, institutionIds: string[]): Promise<Map<string, string>> {
  if (!institutionIds.length) return new Map();
  const rows = await institutionSnapshots(tx, [...new Set(institutionIds)]);
  return new Map(
    rows.flatMap((r) => (r.licenceValidFrom ? [[r.institution.id, r.licenceValidFrom] as const] : [])),
  );
}
