import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { runWrite, type Write } from '../../platform/write.js';
import type { RegistryDeps } from './deps.js';
import { diffFields } from './domain/changes.js';
import { nameInitials } from './domain/initials.js';
import { uniqueSorted } from './domain/institution-rules.js';
import { checkPractitioner, type Districts, writableDistricts } from './edit-check.js';
import { idTaken, staleVersion, UNCHANGED, unlessUnchanged } from './edit-errors.js';
import type { NewPractitioner, PractitionerPatch } from './edit-schema.js';
import { institutionPlaces, lockKey, lockPractitioner } from './edit-store.js';
import {
  currentRegistrations,
  practitionerDistricts,
  practitionerSnapshots,
  upsertPractitioners,
} from './import-store.js';
import { auditedChanges, uiStamp } from './institution-edit-service.js';
import {
  applyRegistrations,
  planRegistrations,
  registrationsAfter,
  type StoredRegistration,
  viewRegistrations,
} from './registration-write.js';
import { type ChangeRow, insertChanges } from './timeline-store.js';

type Fields = Omit<NewPractitioner, 'id'>;

/** The stored columns of a practitioner from form fields (the district comes from the rules). */
function toRow(id: string, f: Fields, districtCode: string) {
  return {
    id,
    name: f.name,
    nameInitials: nameInitials(f.name),
    category: f.category,
    scopes: uniqueSorted(f.scopes),
    title: f.title,
    status: f.status,
    certificateNo: f.certificateNo || null,
    districtCode,
  };
}

/** The fields a timeline entry compares. */
const compared = ({ id: _id, nameInitials: _n, ...fields }: ReturnType<typeof toRow>) => fields;

export function createPractitionerEditService(deps: RegistryDeps) {
  /**
   * Checks with the import's rules and writes the practitioner, its registrations (ended ones
   * kept as history) and a timeline entry of the changed fields; returns that entry (none when
   * nothing changed) and the practitioner's district.
   */
  async function save(
    w: Write,
    districts: Districts,
    id: string,
    fields: Fields,
    current: StoredRegistration[],
    before: Record<string, unknown> | null,
  ): Promise<{ entry: ChangeRow | undefined; districtCode: string }> {
    const stamp = uiStamp(w.ctx);
    const { districtCode, places } = await checkPractitioner(
      w.ctx,
      w.tx,
      districts,
      { id, scopes: fields.scopes, registrations: fields.registrations },
      current,
    );
    const row = toRow(id, fields, districtCode);
    const plan = planRegistrations(current, fields.registrations, stamp.today);
    const after = { ...compared(row), registrations: registrationsAfter(current, plan, places) };
    const changes = diffFields(before, after);
    if (!Object.keys(changes).length) return { entry: undefined, districtCode };
    await upsertPractitioners(w.tx, [row]);
    await applyRegistrations(w.tx, id, plan);
    const { today: _today, ...who } = stamp;
    const entry: ChangeRow = {
      ...who,
      entityType: 'practitioner',
      entityId: id,
      action: before ? 'update' : 'create',
      changes,
    };
    await insertChanges(w.tx, [entry]);
    return { entry, districtCode };
  }

  /** Creates a practitioner with their registrations (POST); an existing id is a CONFLICT. */
  async function create(ctx: RequestContext, input: NewPractitioner): Promise<string> {
    const { id, ...fields } = input;
    const districts = await writableDistricts(deps, ctx);
    await runWrite(deps.write, ctx, async (w) => {
      await lockKey(w.tx, 'practitioner', id);
      if ((await practitionerDistricts(w.tx, [id])).size) throw idTaken();
      const { entry, districtCode } = await save(w, districts, id, fields, [], null);
      await w.audit({
        action: 'registry.practitioner.create',
        entityType: 'practitioner',
        entityId: id,
        jurisdictionCode: districtCode,
        after: auditedChanges(entry).after,
      });
    });
    return id;
  }

  /**
   * Changes a practitioner (PATCH): only one in the actor's scope, only as of the version the
   * client read (else 409). `registrations`, when sent, lists the current registrations (and those
   * to end, with their end date); moving the primary registration to another district needs the
   * actor to hold both districts. A patch that changes nothing writes nothing.
   */
  async function update(ctx: RequestContext, actor: Actor, id: string, patch: PractitionerPatch) {
    const districts = await writableDistricts(deps, ctx);
    await unlessUnchanged(() =>
      runWrite(deps.write, ctx, async (w) => {
        const version = await lockPractitioner(w.tx, id, actor.scope.jurisdictionCodes);
        const [stored] = await practitionerSnapshots(w.tx, [id]);
        if (!version || !stored) throw new AppError('NOT_FOUND');
        if (version !== patch.version) throw staleVersion(ctx, version);
        const current = (await currentRegistrations(w.tx, [id])) as StoredRegistration[];
        const { version: _v, ...changes } = patch;
        const storedFields: Fields = {
          name: stored.name,
          category: stored.category as Fields['category'],
          scopes: stored.scopes,
          title: stored.title as Fields['title'],
          status: stored.status,
          certificateNo: stored.certificateNo,
          registrations: current.map(({ institutionId, kind, validFrom }) => ({
            institutionId,
            kind,
            validFrom,
          })),
        };
        const names = await institutionPlaces(
          w.tx,
          current.map((r) => r.institutionId),
        );
        const before = {
          ...compared(toRow(id, storedFields, stored.districtCode)),
          registrations: viewRegistrations(current, names),
        };
        const { entry, districtCode } = await save(
          w,
          districts,
          id,
          { ...storedFields, ...changes },
          current,
          before,
        );
        if (!entry) throw UNCHANGED;
        await w.audit({
          action: 'registry.practitioner.update',
          entityType: 'practitioner',
          entityId: id,
          jurisdictionCode: districtCode,
          ...auditedChanges(entry),
        });
      }),
    );
  }

  return { create, update };
}
