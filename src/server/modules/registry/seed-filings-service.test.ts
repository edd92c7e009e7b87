import { describe, expect, it } from 'vitest';
import { createJurisdictions } from '../../../../test/factories.js';
import { openIsolatedDatabase } from '../../../../test/harness.js';
import type { Actor } from '../../platform/context.js';
import { shanghaiDate } from './domain/changes.js';
import { verificationState } from './domain/verification.js';
import { createRegistry, seedRegistryDemo } from './index.js';
import { DISTRICTS } from './seed/data.js';
import { type GeneratedFilings, generateFilings } from './seed/filings.js';
import { generateRegistry } from './seed/generate.js';

const CITY = '310000';
const jurisdictions = async () => [
  { code: CITY, name: '上海市', nameEn: 'Shanghai', level: 'city' as const, rootCode: CITY },
  ...DISTRICTS.map((d) => ({
    code: d.code,
    name: d.name,
    nameEn: d.code,
    level: 'district' as const,
    rootCode: CITY,
  })),
];

describe('seeding the demo filings and validation records', () => {
  it('writes them after the registry in one go, with seed timeline entries, readable through the API services', async () => {
    const database = await openIsolatedDatabase();
    try {
      const db = database.db;
      await createJurisdictions(
        db,
        (await jurisdictions()).map(({ code, name, nameEn, level }) => ({
          code,
          name,
          nameEn,
          level,
          parentCode: level === 'city' ? null : CITY,
          rootCode: CITY,
        })),
      );
      const write = { db, emailEnabled: false, afterCommit: () => {} };
      const now = new Date();
      const ctx = { actor: null, requestId: 'seed', ip: null, language: 'zh-CN' as const, now: () => now };
      const rows = generateRegistry(11, { institutions: 400, practitioners: 500, drugs: 5 });
      let filings: GeneratedFilings | null = null;
      const seeded = await seedRegistryDemo(
        write,
        ctx,
        () => rows,
        jurisdictions,
        (today) => {
          filings = generateFilings(11, rows.institutions, today);
          return filings;
        },
      );
      expect(seeded).toBe(true);
      const generated = filings as unknown as GeneratedFilings;
      expect(generated.technologyFilings.length).toBeGreaterThan(0);
      const [counts] = await database.query<Record<string, number>>(
        `select (select count(*)::int from technology_filings) as technology,
          (select count(*)::int from clinic_filings) as clinic,
          (select count(*)::int from institution_validations) as validations,
          (select count(*)::int from registry_changes where action like '%Filing.%' and source = 'seed') as timeline`,
      );
      const withdrawn = generated.technologyFilings.filter((f) => f.status === 'withdrawn').length;
      expect(counts).toEqual({
        technology: generated.technologyFilings.length,
        clinic: generated.clinicFilings.length,
        validations: generated.validations.length,
        timeline: generated.technologyFilings.length + withdrawn + generated.clinicFilings.length,
      });

      const registry = createRegistry({ db, write, listJurisdictions: jurisdictions });
      const actor = {
        scope: {
          rootCode: CITY,
          jurisdictionCodes: DISTRICTS.map((d) => d.code),
          isCityWide: true,
          institutionId: null,
        },
      } as unknown as Actor;
      const today = shanghaiDate(now);
      const overdue = generated.validations.filter(
        (v) => v.result === 'pending' && verificationState(v, today).state === 'overdue',
      );
      expect(overdue.length).toBeGreaterThan(0);
      const listed = await registry.read.listInstitutionPage(
        actor,
        { verification: 'overdue' },
        'name',
        1,
        500,
        now,
      );
      expect(listed.items.map((i) => i.id).sort()).toEqual(overdue.map((v) => v.institutionId).sort());

      const clinic = generated.clinicFilings[0];
      if (!clinic) throw new Error('no clinic filing generated');
      const detail = await registry.read.getInstitution(actor, clinic.institutionId, now);
      expect(detail.filings.clinicFiling).toMatchObject({
        filingNumber: clinic.filingNumber,
        kind: clinic.kind,
      });
      expect(detail.timeline.some((e) => e.action === 'clinicFiling.create' && e.source === 'seed')).toBe(
        true,
      );
    } finally {
      await database.close();
    }
  });
});
