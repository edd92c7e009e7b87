import type { Db } from '../../platform/db/client.js';
import type { WriteDeps } from '../../platform/write.js';
import type { JurisdictionInfo, RegistryServices } from '../registry/index.js';

/** What the screening services are built from; app.ts wires it. */
export interface ScreeningDeps {
  db: Db;
  write: WriteDeps;
  listJurisdictions: () => Promise<JurisdictionInfo[]>;
  /** The registry's history of named records (read as of each service date). */
  registryHistory: RegistryServices['history'];
  /** Largest batch file (default 64 MB). */
  maxBatchBytes?: number;
}
