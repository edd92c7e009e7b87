import { describe, expect, it } from 'vitest';
import { permissions } from '../../app.js';
import { permissionsOf } from '../../platform/auth/permissions.js';

// The matrix test proves routes obey the table; this pins what the table itself grants.
describe('who may do what', () => {
  it.each([
    [
      'admin',
      [
        'audit.read',
        'audit.verify',
        'identity.departments.manage',
        'identity.departments.read',
        'identity.jurisdictions.read',
        'identity.roles.read',
        'identity.users.manage',
        'identity.users.read',
        'registry.import',
        'registry.manage',
        'registry.read',
        'screening.read',
        'screening.review',
        'screening.upload',
      ],
    ],
    [
      'auditor',
      [
        'audit.read',
        'audit.verify',
        'identity.departments.read',
        'identity.jurisdictions.read',
        'identity.roles.read',
        'identity.users.read',
        'registry.read',
        'screening.read',
      ],
    ],
    [
      'leader',
      [
        'identity.departments.read',
        'identity.jurisdictions.read',
        'identity.roles.read',
        'identity.users.read',
        'registry.read',
        'screening.read',
      ],
    ],
    [
      'inspector',
      [
        'identity.departments.read',
        'identity.jurisdictions.read',
        'registry.read',
        'screening.read',
        'screening.review',
        'screening.upload',
      ],
    ],
    [
      'legal_reviewer',
      ['identity.departments.read', 'identity.jurisdictions.read', 'registry.read', 'screening.read'],
    ],
    ['liaison', ['identity.departments.read', 'identity.jurisdictions.read', 'registry.read']],
    ['institution_user', []],
  ] as const)('%s holds exactly its permissions', (role, expected) => {
    expect(permissionsOf(permissions, [role]).sort()).toEqual([...expected].sort());
  });

  it('lets only administrators manage accounts and departments', () => {
    expect(permissions['identity.users.manage']?.roles).toEqual(['admin']);
    expect(permissions['identity.departments.manage']?.roles).toEqual(['admin']);
  });
});
