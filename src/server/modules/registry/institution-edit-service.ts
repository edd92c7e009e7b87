import type { InstitutionCategory } from '../../../shared/registry.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError, validationFailed } from '../../platform/http/errors.js';
import { fieldMessage } from '../../platform/i18n/field-messages.js';
import { runWrite, type Write } from '../../platform/write.js';
import type { RegistryDeps } from './deps.js';
import { shanghaiDate } from './domain/changes.js';
import { nameInitials } from './domain/initials.js';
import { isTcmCategory, uniqueSorted } from './domain/institution-rules.js';
import type { ParsedInstitution } from './domain/validate-institutions.js';
import { checkInstitution, type Districts, writableDistricts } from './edit-check.js';
import { idTaken, staleVersion, UNCHANGED, unlessUnchanged } from './edit-errors.js';
import type { InstitutionPatch, NewInstitution } from './edit-schema.js';
import { lockInstitution, lockKey, primaryPractitionersOf, setPractitionerDistricts } from './edit-store.js';
import { institutionDistricts } from './import-store.js';
import type { Stamp } from './import-write.js';
import { writeInstitutionChanges } from './import-write.js';
import { findInstitution, type InstitutionView, listLicenceDepartments } from './institution-store.js';
import { type ChangeRow, insertChanges } from './timeline-store.js';

type Fields = Omit<NewInstitution, 'id'>;

/** Who and when, for the timeline of a change made in the staff UI. */
export function uiStamp(ctx: RequestContext): Stamp {
  const actor = ctx.actor;
  return {
    at: ctx.now(),
    actorId: actor?.userId ?? null,
    actorName: actor ? `${actor.displayName} (${actor.username})` : 'system',
    source: 'ui',
    today: shanghaiDate(ctx.now()),
  };
}

/** The audit entry's before and after: the changed fields only. */
export function auditedChanges(entry: ChangeRow | undefined) {
  const changes = (entry?.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
  const pick = (side: 'from' | 'to') =>
    Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v[side]]));
  return { before: pick('from'), after: pick('to') };
}

/** An institution as stored from the fields of a form, with the import's defaults. */
function toRecord(id: string, f: Fields): ParsedInstitution {
  return {
    id,
    name: f.name,
    nameInitials: nameInitials(f.name),
    category: f.category,
    ws218Code: f.ws218Code || null,
    ownership: f.ownership ?? 'public',
    forProfit: f.forProfit ?? false,
    isTcm: f.isTcm ?? isTcmCategory(f.category),
    districtCode: f.districtCode,
    streetCode: f.streetCode || null,
    streetName: f.streetName || null,
    address: f.address ?? '',
    beds: f.beds ?? 0,
    legalRepresentative: f.legalRepresentative ?? '',
    status: f.status,
    licence: { ...f.licence, departments: uniqueSorted(f.licence.departments) },
  };
}

/** The stored institution as form fields, with the patch applied over it. */
function merge(current: InstitutionView, departments: string[], patch: InstitutionPatch) {
  const { version: _version, ...changes } = patch;
  const licence =
    current.licenceNumber && current.licenceValidFrom && current.licenceValidTo
      ? {
          number: current.licenceNumber,
          validFrom: current.licenceValidFrom,
          validTo: current.licenceValidTo,
          departments,
        }
      : undefined;
  const { id: _id, nameInitials: _n, createdAt: _c, updatedAt: _u, ...stored } = current;
  return {
    ...stored,
    category: stored.category as InstitutionCategory,
    licence,
    ...changes,
  };
}

export function createInstitutionEditService(deps: RegistryDeps) {
  /** Checks with the import's rules, then writes like the import (timeline, licence history). */
  async function save(w: Write, districts: Districts, record: ParsedInstitution, submitted: string[]) {
    await lockKey(w.tx, 'licence', record.licence.number);
    await checkInstitution(w.ctx, w.tx, districts, {
      ...record,
      licence: { ...record.licence, departments: submitted },
    });
    return writeInstitutionChanges(w.tx, [record], uiStamp(w.ctx), { created: 0, updated: 0, unchanged: 0 });
  }

  /** Creates an institution with its licence (POST); an existing id is a CONFLICT, never overwritten. */
  async function create(ctx: RequestContext, input: NewInstitution): Promise<string> {
    const record = toRecord(input.id, input);
    const districts = await writableDistricts(deps, ctx);
    await runWrite(deps.write, ctx, async (w) => {
      await lockKey(w.tx, 'institution', record.id);
      if ((await institutionDistricts(w.tx, [record.id])).size) throw idTaken();
      const [entry] = await save(w, districts, record, input.licence.departments);
      await w.audit({
        action: 'registry.institution.create',
        entityType: 'institution',
        entityId: record.id,
        jurisdictionCode: record.districtCode,
        after: auditedChanges(entry).after,
      });
    });
    return record.id;
  }

  /**
   * Moving an institution to another district moves the practitioners whose primary institution
   * it is (their data scope is its district), each with a timeline entry.
   */
  async function movePractitioners(w: Write, institutionId: string, districtCode: string) {
    const moved = (await primaryPractitionersOf(w.tx, institutionId)).filter(
      (p) => p.districtCode !== districtCode,
    );
    await setPractitionerDistricts(
      w.tx,
      moved.map((p) => p.id),
      districtCode,
    );
    const { today: _today, ...who } = uiStamp(w.ctx);
    await insertChanges(
      w.tx,
      moved.map((p) => ({
        ...who,
        entityType: 'practitioner' as const,
        entityId: p.id,
        action: 'update',
        changes: { districtCode: { from: p.districtCode, to: districtCode } },
      })),
    );
  }

  /**
   * Changes an institution (PATCH): only one in the actor's scope, only as of the version the
   * client read (else 409), checked and written like the import; a new licence number retires
   * the old licence, kept as history. A patch that changes nothing writes nothing.
   */
  async function update(ctx: RequestContext, actor: Actor, id: string, patch: InstitutionPatch) {
    const districts = await writableDistricts(deps, ctx);
    await unlessUnchanged(() =>
      runWrite(deps.write, ctx, async (w) => {
        const version = await lockInstitution(w.tx, id, actor.scope.jurisdictionCodes);
        const current = await findInstitution(w.tx, id, actor.scope.jurisdictionCodes);
        if (!version || !current) throw new AppError('NOT_FOUND');
        if (version !== patch.version) throw staleVersion(ctx, version);
        const number = current.licenceNumber;
        const merged = merge(current, number ? await listLicenceDepartments(w.tx, number) : [], patch);
        const { licence } = merged;
        if (!licence)
          throw validationFailed([
            { field: 'licence', code: 'required', message: fieldMessage('required', ctx.language) },
          ]);
        const record = toRecord(id, { ...merged, licence });
        const [entry] = await save(w, districts, record, licence.departments);
        if (!entry) throw UNCHANGED;
        if (record.districtCode !== current.districtCode) await movePractitioners(w, id, record.districtCode);
        await w.audit({
          action: 'registry.institution.update',
          entityType: 'institution',
          entityId: id,
          jurisdictionCode: record.districtCode,
          ...auditedChanges(entry),
        });
      }),
    );
  }

  return { create, update };
}
