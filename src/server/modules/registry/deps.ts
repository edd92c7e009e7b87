import type { Db } from '../../platform/db/client.js';
import type { WriteDeps } from '../../platform/write.js';

/** A jurisdiction as the registry needs it: from identity, through its public face. */
export interface JurisdictionInfo {
  code: string;
  name: string;
  nameEn: string;
  level: 'city' | 'district';
  rootCode: string;
}

/** What the registry services are built from; app.ts (or a command) wires it. */
export interface RegistryDeps {
  db: Db;
  write: WriteDeps;
  listJurisdictions: () => Promise<JurisdictionInfo[]>;
  /** Largest file an import upload may carry (default 50 MB). */
  importMaxFileBytes?: number;
  /**
   * Whether an import job may record its progress on another connection while its write
   * transaction runs: true on PostgreSQL; PGlite has one session, which the transaction holds.
   */
  progressDuringWrite?: boolean;
}
