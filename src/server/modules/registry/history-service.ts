/**
 * The registry's history of the records a screening batch names, so that screening can read the
 * registry as it stood on each service date: every licence with its 诊疗科目, the clinic filing,
 * every registration (ended ones too), and the timeline's changes of the fields the rules read.
 */
import type { RegistryDeps } from './deps.js';
import {
  clinicFilingsOf,
  drugsByCode,
  fieldChangesOf,
  institutionsById,
  licencesOf,
  practitionersById,
  registrationsOf,
} from './history-store.js';

/** A change of one field that took effect on `day` (YYYY-MM-DD, Asia/Shanghai). */
export interface FieldChange {
  day: string;
  field: string;
  from: unknown;
  to: unknown;
}

export interface InstitutionHistory {
  id: string;
  name: string;
  category: string;
  districtCode: string;
  status: string;
  licences: {
    number: string;
    validFrom: string;
    validTo: string;
    isCurrent: boolean;
    departments: string[];
  }[];
  clinicFiling: {
    filingNumber: string;
    filedOn: string;
    withdrawnOn: string | null;
    departments: string[];
  } | null;
  changes: FieldChange[];
}

export interface PractitionerHistory {
  id: string;
  name: string;
  category: string;
  title: string;
  status: string;
  scopes: string[];
  registrations: { institutionId: string; kind: string; validFrom: string; validTo: string | null }[];
  changes: FieldChange[];
}

export interface DrugHistory {
  code: string;
  name: string;
  antibioticLevel: number;
  /** Yuan (the registry keeps fen). */
  priceCap: number;
  changes: FieldChange[];
}

export interface RegistryHistory {
  institutions: Map<string, InstitutionHistory>;
  practitioners: Map<string, PractitionerHistory>;
  drugs: Map<string, DrugHistory>;
}

/** The fields whose past values screening reads from the timeline. */
export const HISTORY_FIELDS = {
  institution: ['status', 'category'],
  practitioner: ['status', 'title', 'scopes', 'category'],
  drug: ['antibioticLevel', 'priceCapFen'],
} as const;

type ChangeRow = { entityId: string; day: string; changes: unknown };

function changesBy(rows: ChangeRow[], fields: readonly string[]): Map<string, FieldChange[]> {
  const out = new Map<string, FieldChange[]>();
  for (const row of rows) {
    const changes = row.changes as Record<string, { from: unknown; to: unknown }>;
    for (const field of fields) {
      const change = changes[field];
      if (!change) continue;
      const list = out.get(row.entityId) ?? [];
      list.push({ day: row.day, field, from: change.from, to: change.to });
      out.set(row.entityId, list);
    }
  }
  return out;
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const list = out.get(key(row)) ?? [];
    list.push(row);
    out.set(key(row), list);
  }
  return out;
}

export function createHistoryService(deps: RegistryDeps) {
  const { db } = deps;

  /** The history of the named records; ids not in the registry are simply absent. */
  async function forScreening(ids: {
    institutionIds: string[];
    practitionerIds: string[];
    drugCodes: string[];
  }): Promise<RegistryHistory> {
    const institutionIds = [...new Set(ids.institutionIds)];
    const practitionerIds = [...new Set(ids.practitionerIds)];
    const drugCodes = [...new Set(ids.drugCodes)];
    const [insts, licences, filings, instChanges] = await Promise.all([
      institutionsById(db, institutionIds),
      licencesOf(db, institutionIds),
      clinicFilingsOf(db, institutionIds),
      fieldChangesOf(db, 'institution', institutionIds, [...HISTORY_FIELDS.institution]),
    ]);
    const [pracs, regs, pracChanges, drugRows, drugChanges] = await Promise.all([
      practitionersById(db, practitionerIds),
      registrationsOf(db, practitionerIds),
      fieldChangesOf(db, 'practitioner', practitionerIds, [...HISTORY_FIELDS.practitioner]),
      drugsByCode(db, drugCodes),
      fieldChangesOf(db, 'drug', drugCodes, [...HISTORY_FIELDS.drug]),
    ]);
    const licencesBy = groupBy(licences, (l) => l.institutionId);
    const filingBy = new Map(filings.map((f) => [f.institutionId, f]));
    const instChangesBy = changesBy(instChanges, HISTORY_FIELDS.institution);
    const regsBy = groupBy(regs, (r) => r.practitionerId);
    const pracChangesBy = changesBy(pracChanges, HISTORY_FIELDS.practitioner);
    const drugChangesBy = changesBy(drugChanges, HISTORY_FIELDS.drug);
    return {
      institutions: new Map(
        insts.map((i) => {
          const filing = filingBy.get(i.id);
          return [
            i.id,
            {
              ...i,
              licences: (licencesBy.get(i.id) ?? []).map(({ institutionId: _i, ...l }) => l),
              clinicFiling: filing
                ? {
                    filingNumber: filing.filingNumber,
                    filedOn: filing.filedOn,
                    withdrawnOn: filing.withdrawnOn,
                    departments: filing.departments,
                  }
                : null,
              changes: instChangesBy.get(i.id) ?? [],
            },
          ];
        }),
      ),
      practitioners: new Map(
        pracs.map((p) => [
          p.id,
          {
            id: p.id,
            name: p.name,
            category: p.category,
            title: p.title,
            status: p.status,
            scopes: p.scopes,
            registrations: (regsBy.get(p.id) ?? []).map(({ practitionerId: _p, ...r }) => r),
            changes: pracChangesBy.get(p.id) ?? [],
          },
        ]),
      ),
      drugs: new Map(
        drugRows.map((d) => [
          d.code,
          {
            code: d.code,
            name: d.name,
            antibioticLevel: d.antibioticLevel,
            priceCap: d.priceCapFen / 100,
            changes: drugChangesBy.get(d.code) ?? [],
          },
        ]),
      ),
    };
  }

  return { forScreening };
}
