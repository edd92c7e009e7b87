/**
 * The registry as it stood on a service date, from a record's history (current values, every
 * licence and registration, and the timeline's field changes). Pure: history and day in, view out.
 *
 * A field's value on day D is the `to` of its last change that took effect on or before D; when
 * every change came after D, the `from` of the first one; with no changes, the current value. A
 * change takes effect on the day it was recorded (Asia/Shanghai). Creations are not changes: a
 * record entered today (the demo seed, a first import) is taken to have been as entered.
 */

export interface FieldChange {
  day: string;
  field: string;
  from: unknown;
  to: unknown;
}

export interface LicenceSpan {
  number: string;
  validFrom: string;
  validTo: string;
  isCurrent: boolean;
  departments: string[];
}

export interface ClinicFilingSpan {
  filingNumber: string;
  filedOn: string;
  withdrawnOn: string | null;
  departments: string[];
}

export interface InstitutionHistoryView {
  id: string;
  name: string;
  category: string;
  districtCode: string;
  status: string;
  licences: LicenceSpan[];
  clinicFiling: ClinicFilingSpan | null;
  changes: FieldChange[];
}

export interface RegistrationSpan {
  institutionId: string;
  kind: string;
  validFrom: string;
  validTo: string | null;
}

export interface PractitionerHistoryView {
  id: string;
  name: string;
  category: string;
  title: string;
  status: string;
  scopes: string[];
  registrations: RegistrationSpan[];
  changes: FieldChange[];
}

export interface DrugHistoryView {
  code: string;
  name: string;
  antibioticLevel: number;
  priceCap: number;
  changes: FieldChange[];
}

/** The value of `field` on `day`, given its current value and its changes oldest first. */
export function valueAsOf<T>(current: T, changes: readonly FieldChange[], field: string, day: string): T {
  let value: T | undefined;
  let first: FieldChange | undefined;
  for (const change of changes) {
    if (change.field !== field) continue;
    first ??= change;
    if (change.day <= day) value = change.to as T;
  }
  if (value !== undefined) return value;
  return first ? (first.from as T) : current;
}

/** What permitted the institution to practise on the day: a licence, a clinic filing, or nothing. */
export type Permit =
  | { kind: 'licence'; number: string; validFrom: string; validTo: string; departments: string[] }
  | { kind: 'filing'; number: string; validFrom: string; validTo: string | null; departments: string[] }
  | { kind: 'none' };

const covers = (from: string, to: string | null, day: string) => from <= day && (to === null || day <= to);

/** The day before `day` (a withdrawal ends the filing the day before it takes effect). */
function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The permit of the day: a licence valid that day (the current one first); else a clinic filing
 * standing that day; else the licence nearest before (expired), else the first one (not yet
 * valid), so that R1 names the licence whose dates the record is outside of.
 */
export function permitOn(
  licences: readonly LicenceSpan[],
  filing: ClinicFilingSpan | null,
  day: string,
): Permit {
  const asPermit = (l: LicenceSpan): Permit => ({
    kind: 'licence',
    number: l.number,
    validFrom: l.validFrom,
    validTo: l.validTo,
    departments: l.departments,
  });
  const valid = licences.filter((l) => covers(l.validFrom, l.validTo, day));
  const chosen =
    valid.find((l) => l.isCurrent) ?? valid.sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  if (chosen) return asPermit(chosen);
  const filingPermit: Permit | null = filing
    ? {
        kind: 'filing',
        number: filing.filingNumber,
        validFrom: filing.filedOn,
        validTo: filing.withdrawnOn ? dayBefore(filing.withdrawnOn) : null,
        departments: filing.departments,
      }
    : null;
  if (
    filingPermit &&
    filingPermit.kind === 'filing' &&
    covers(filingPermit.validFrom, filingPermit.validTo, day)
  )
    return filingPermit;
  const byStart = [...licences].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const before = byStart.filter((l) => l.validFrom <= day).pop();
  if (before) return asPermit(before);
  if (byStart[0]) return asPermit(byStart[0]);
  return filingPermit ?? { kind: 'none' };
}

export interface InstitutionOnDay {
  id: string;
  name: string;
  category: string;
  districtCode: string;
  status: string;
  permit: Permit;
}

export function institutionOn(h: InstitutionHistoryView, day: string): InstitutionOnDay {
  return {
    id: h.id,
    name: h.name,
    category: valueAsOf(h.category, h.changes, 'category', day),
    districtCode: h.districtCode,
    status: valueAsOf(h.status, h.changes, 'status', day),
    permit: permitOn(h.licences, h.clinicFiling, day),
  };
}

export interface PractitionerOnDay {
  id: string;
  name: string;
  category: string;
  title: string;
  status: string;
  scopes: string[];
  /** The registrations standing that day. */
  registrations: RegistrationSpan[];
}

export function practitionerOn(h: PractitionerHistoryView, day: string): PractitionerOnDay {
  return {
    id: h.id,
    name: h.name,
    category: valueAsOf(h.category, h.changes, 'category', day),
    title: valueAsOf(h.title, h.changes, 'title', day),
    status: valueAsOf(h.status, h.changes, 'status', day),
    scopes: valueAsOf(h.scopes, h.changes, 'scopes', day),
    registrations: h.registrations.filter((r) => covers(r.validFrom, r.validTo, day)),
  };
}

export interface DrugOnDay {
  code: string;
  name: string;
  antibioticLevel: number;
  priceCap: number;
}

export function drugOn(h: DrugHistoryView, day: string): DrugOnDay {
  const capFen = valueAsOf<number | null>(null, h.changes, 'priceCapFen', day);
  return {
    code: h.code,
    name: h.name,
    antibioticLevel: valueAsOf(h.antibioticLevel, h.changes, 'antibioticLevel', day),
    priceCap: capFen === null ? h.priceCap : capFen / 100,
  };
}
