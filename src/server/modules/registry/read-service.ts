import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { auditRead } from '../../platform/write.js';
import { codeNames } from './code-list-store.js';
import type { RegistryDeps } from './deps.js';
import { shanghaiDate } from './domain/changes.js';
import { createFilingReadService } from './filing-read-service.js';
import {
  exportInstitutions,
  findInstitution,
  type InstitutionFilter,
  type InstitutionSort,
  listInstitutionPractitioners,
  listInstitutions,
  listLicenceDepartments,
} from './institution-store.js';
import {
  exportPractitioners,
  findPractitioner,
  listPractitioners,
  listRegistrationsOf,
  type PractitionerFilter,
  type PractitionerSort,
} from './practitioner-store.js';
import { listTimeline } from './timeline-store.js';

/** Exports stop at this many rows (contract: cap 100,000). */
export const EXPORT_CAP = 100_000;

type Scoped<F> = Omit<F, 'districtCodes' | 'verification'> & {
  district?: string;
  verification?: 'due' | 'overdue';
};

/** The verification filter on `now`'s date in Asia/Shanghai. */
const onDay = (state: 'due' | 'overdue' | undefined, now: Date) =>
  state ? { state, today: shanghaiDate(now) } : undefined;

/** The districts of the actor's scope, narrowed to the `district` filter when one is given. */
const districtsOf = (actor: Actor, district?: string) =>
  district
    ? actor.scope.jurisdictionCodes.filter((code) => code === district)
    : actor.scope.jurisdictionCodes;

export function createReadService(deps: RegistryDeps) {
  const { db } = deps;
  const filings = createFilingReadService(deps);

  /** District code → names, for presenting rows. */
  async function districtNames() {
    const all = await deps.listJurisdictions();
    return new Map(all.map((j) => [j.code, { name: j.name, nameEn: j.nameEn }]));
  }

  async function listInstitutionPage(
    actor: Actor,
    { district, verification, ...filter }: Scoped<InstitutionFilter>,
    sort: InstitutionSort,
    page: number,
    pageSize: number,
    now = new Date(),
  ) {
    const result = await listInstitutions(
      db,
      { ...filter, districtCodes: districtsOf(actor, district), verification: onDay(verification, now) },
      sort,
      page,
      pageSize,
    );
    return { ...result, names: await districtNames() };
  }

  /** One institution in scope (属地管理): out of scope is reported as not found, revealing nothing. */
  async function getInstitution(actor: Actor, id: string, now = new Date()) {
    const institution = await findInstitution(db, id, actor.scope.jurisdictionCodes);
    if (!institution) throw new AppError('NOT_FOUND');
    const codes = institution.licenceNumber
      ? await listLicenceDepartments(db, institution.licenceNumber)
      : [];
    const departmentNames = await codeNames(db, 'zhenliao_kemu');
    return {
      institution,
      departments: codes.map((code) => ({ code, name: departmentNames.get(code) ?? code })),
      practitioners: await listInstitutionPractitioners(db, id),
      timeline: await listTimeline(db, 'institution', id),
      names: await districtNames(),
      filings: await filings.forInstitution(institution, shanghaiDate(now)),
    };
  }

  async function listPractitionerPage(
    actor: Actor,
    { district, ...filter }: Scoped<PractitionerFilter>,
    sort: PractitionerSort,
    page: number,
    pageSize: number,
  ) {
    const result = await listPractitioners(
      db,
      { ...filter, districtCodes: districtsOf(actor, district) },
      sort,
      page,
      pageSize,
    );
    return { ...result, names: await districtNames() };
  }

  /** One practitioner whose primary institution lies in scope. */
  async function getPractitioner(actor: Actor, id: string) {
    const practitioner = await findPractitioner(db, id, actor.scope.jurisdictionCodes);
    if (!practitioner) throw new AppError('NOT_FOUND');
    const departmentNames = await codeNames(db, 'zhenliao_kemu');
    return {
      practitioner,
      scopesNamed: practitioner.scopes.map((code) => ({ code, name: departmentNames.get(code) ?? code })),
      registrations: await listRegistrationsOf(db, id),
      timeline: await listTimeline(db, 'practitioner', id),
      names: await districtNames(),
    };
  }

  /** Every matching institution in scope, for a file download; the export itself is audited. */
  async function exportInstitutionRows(
    ctx: RequestContext,
    actor: Actor,
    { district, verification, ...filter }: Scoped<InstitutionFilter>,
    sort: InstitutionSort,
  ) {
    const rows = await exportInstitutions(
      db,
      {
        ...filter,
        districtCodes: districtsOf(actor, district),
        verification: onDay(verification, ctx.now()),
      },
      sort,
      EXPORT_CAP,
    );
    await auditRead(deps.write, ctx, {
      action: 'registry.institutions.export',
      entityType: 'institution',
      after: { count: rows.length, filter: { district, verification, ...filter } },
    });
    return rows;
  }

  async function exportPractitionerRows(
    ctx: RequestContext,
    actor: Actor,
    { district, ...filter }: Scoped<PractitionerFilter>,
    sort: PractitionerSort,
  ) {
    const rows = await exportPractitioners(
      db,
      { ...filter, districtCodes: districtsOf(actor, district) },
      sort,
      EXPORT_CAP,
    );
    await auditRead(deps.write, ctx, {
      action: 'registry.practitioners.export',
      entityType: 'practitioner',
      after: { count: rows.length, filter: { district, ...filter } },
    });
    return rows;
  }

  return {
    listInstitutionPage,
    getInstitution,
    listPractitionerPage,
    getPractitioner,
    exportInstitutionRows,
    exportPractitionerRows,
  };
}

export type DistrictNames = Map<string, { name: string; nameEn: string }>;
