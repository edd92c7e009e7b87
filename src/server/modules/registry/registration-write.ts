import type { RegistrationKind } from '../../../shared/registry.js';
import type { Db } from '../../platform/db/client.js';
import { registrationKey } from './domain/practitioner-rules.js';
import { setRegistrationDates } from './edit-store.js';
import { insertRegistrations } from './import-store.js';

/** A stored registration, current (no `validTo`) when read. */
export interface StoredRegistration {
  id: number;
  institutionId: string;
  kind: RegistrationKind;
  validFrom: string;
  validTo: string | null;
}

/** A registration as the staff UI sends it: without `validTo` current, with it ending on that date. */
export interface WantedRegistration {
  institutionId: string;
  kind: RegistrationKind;
  validFrom: string;
  validTo?: string | null;
}

export interface RegistrationView {
  institutionId: string;
  institutionName: string;
  kind: RegistrationKind;
  validFrom: string;
  validTo: string | null;
}

type Plan = {
  end: { id: number; validFrom: string; validTo: string }[];
  redate: StoredRegistration[];
  add: WantedRegistration[];
};

/**
 * What becomes of the current registrations when the UI sends `wanted`: those left out end today
 * (kept as history, as the import does; one that has not started yet ends on its start), those
 * sent with an end date end then, changed start dates are corrected, new ones are added.
 */
export function planRegistrations(
  current: readonly StoredRegistration[],
  wanted: readonly WantedRegistration[],
  today: string,
): Plan {
  const byKey = new Map(current.map((r) => [registrationKey(r), r]));
  const wantedKeys = new Set(wanted.map(registrationKey));
  const plan: Plan = { end: [], redate: [], add: [] };
  for (const r of current)
    if (!wantedKeys.has(registrationKey(r)))
      plan.end.push({ id: r.id, validFrom: r.validFrom, validTo: r.validFrom > today ? r.validFrom : today });
  for (const w of wanted) {
    const match = byKey.get(registrationKey(w));
    if (!match) plan.add.push(w);
    else if (w.validTo) plan.end.push({ id: match.id, validFrom: w.validFrom, validTo: w.validTo });
    else if (w.validFrom !== match.validFrom) plan.redate.push({ ...match, validFrom: w.validFrom });
  }
  return plan;
}

/** The registrations after the plan, as the timeline shows them: primary first, then by institution. */
export function registrationsAfter(
  current: readonly StoredRegistration[],
  plan: Plan,
  names: ReadonlyMap<string, { name: string }>,
): RegistrationView[] {
  const ended = new Map(plan.end.map((e) => [e.id, e]));
  const redated = new Map(plan.redate.map((r) => [r.id, r]));
  const rows = [
    ...current.map((r) => ({ ...r, ...redated.get(r.id), ...ended.get(r.id) })),
    ...plan.add.map((w) => ({ ...w, validTo: w.validTo ?? null })),
  ];
  return viewRegistrations(rows, names);
}

export function viewRegistrations(
  rows: readonly Omit<StoredRegistration, 'id'>[],
  names: ReadonlyMap<string, { name: string }>,
): RegistrationView[] {
  const rank = (r: Omit<StoredRegistration, 'id'>) => (r.validTo ? 2 : r.kind === 'primary' ? 0 : 1);
  return [...rows]
    .sort(
      (a, b) =>
        rank(a) - rank(b) || a.institutionId.localeCompare(b.institutionId) || a.kind.localeCompare(b.kind),
    )
    .map((r) => ({
      institutionId: r.institutionId,
      institutionName: names.get(r.institutionId)?.name ?? r.institutionId,
      kind: r.kind,
      validFrom: r.validFrom,
      validTo: r.validTo ?? null,
    }));
}

/**
 * Applies a plan: endings first, so that a new primary or a changed kind fits the rule of one
 * current primary and one current registration per institution (unique indexes).
 */
export async function applyRegistrations(tx: Db, practitionerId: string, plan: Plan) {
  for (const e of plan.end)
    await setRegistrationDates(tx, e.id, { validFrom: e.validFrom, validTo: e.validTo });
  for (const r of plan.redate)
    await setRegistrationDates(tx, r.id, { validFrom: r.validFrom, validTo: null });
  await insertRegistrations(
    tx,
    plan.add.map((w) => ({
      practitionerId,
      institutionId: w.institutionId,
      kind: w.kind,
      validFrom: w.validFrom,
      validTo: w.validTo ?? null,
    })),
  );
}
