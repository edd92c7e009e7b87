import type { Logger } from 'pino';
import type { Weijian } from '../app.js';
import { SHANGHAI, seedIdentityDemo } from '../modules/identity/index.js';
import { seedRegistryDemo } from '../modules/registry/index.js';
import { generateRecords } from '../modules/screening/sample/records.js';
import { type GeneratedFilings, generateFilings } from '../modules/registry/seed/filings.js';
import { generateRegistry } from '../modules/registry/seed/generate.js';
import { createPasswordHasher } from '../platform/auth/passwords.js';
import type { Config } from '../platform/config.js';
import { systemContext } from '../platform/context.js';

/** The fixed seed of the demo registry: every fresh install shows the same Shanghai. */
export const DEMO_REGISTRY_SEED = 20240601;

/**
 * Seeds what is still empty: the demo city with its users, then the demo registry (about 5,000
 * institutions, 60,000 practitioners, 400 drugs) through the registry's own all-or-nothing import,
 * then the institutions' filings and validation records (seed/filings.ts).
 * `DEMO_SIZE=small` seeds a tenth of it (browser tests, quick demos).
 */
export async function seedDemoData(weijian: Weijian, config: Config, log: Logger) {
  const identity = await seedIdentityDemo(
    { db: weijian.write.db, emailEnabled: false, afterCommit: () => {} },
    systemContext('seed'),
    createPasswordHasher(config.argon2Fast),
  );
  if (identity) log.info('demo city and users seeded');
  const started = Date.now();
  const small = process.env.DEMO_SIZE === 'small';
  let rows: ReturnType<typeof generateRegistry> | null = null;
  let filings: GeneratedFilings | null = null;
  const registry = await seedRegistryDemo(
    weijian.write,
    systemContext('seed'),
    () => {
      log.info('seeding the demo registry (first start only: about half a minute)');
      rows = generateRegistry(DEMO_REGISTRY_SEED, small ? { institutions: 500, practitioners: 6000 } : {});
      return rows;
    },
    weijian.identity.jurisdictions.listAll,
    (today) => {
      if (!rows) throw new Error('the registry rows come first');
      filings = generateFilings(DEMO_REGISTRY_SEED, rows.institutions, today);
      return filings;
    },
  );
  if (registry && rows)
    log.info(
      {
        institutions: (rows as ReturnType<typeof generateRegistry>).institutions.length,
        practitioners: (rows as ReturnType<typeof generateRegistry>).practitioners.length,
        drugs: (rows as ReturnType<typeof generateRegistry>).drugs.length,
        technologyFilings: (filings as GeneratedFilings | null)?.technologyFilings.length ?? 0,
        clinicFilings: (filings as GeneratedFilings | null)?.clinicFilings.length ?? 0,
        validations: (filings as GeneratedFilings | null)?.validations.length ?? 0,
        seconds: (Date.now() - started) / 1000,
      },
      'demo registry seeded',
    );
  if (registry && rows) await seedScreeningDemo(weijian, rows, small, log);
  return { identity, registry };
}

/** The demo's first half-year of service records, screened through the platform's own batch job. */
async function seedScreeningDemo(
  weijian: Weijian,
  rows: ReturnType<typeof generateRegistry>,
  small: boolean,
  log: Logger,
) {
  const chunks: string[] = [];
  generateRecords(rows, DEMO_REGISTRY_SEED, small ? 4_000 : 20_000, (chunk) => chunks.push(chunk), 2026);
  const all = await weijian.identity.jurisdictions.listAll();
  const city = {
    code: SHANGHAI.code,
    districtCodes: all
      .filter((j) => j.rootCode === SHANGHAI.code && j.level === 'district')
      .map((j) => j.code),
  };
  const queued = await weijian.screening.batches.seedDemoBatch(systemContext('seed'), city, {
    name: 'demo-records-2026H1.csv',
    bytes: Buffer.from(chunks.join(''), 'utf8'),
  });
  if (queued) log.info('demo screening batch queued');
}
