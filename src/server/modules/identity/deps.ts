import type { PasswordHasher } from '../../platform/auth/passwords.js';
import type { PermissionTable } from '../../platform/auth/permissions.js';
import type { Db } from '../../platform/db/client.js';
import type { WriteDeps } from '../../platform/write.js';

/** What the identity services are built from; app.ts wires it. */
export interface IdentityDeps {
  db: Db;
  write: WriteDeps;
  hasher: PasswordHasher;
  permissions: PermissionTable;
  sessionTtlHours: number;
  randomBytes: (size: number) => Uint8Array;
}
