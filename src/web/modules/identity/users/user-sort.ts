import type { UserSort } from '../../../app/api/types';

export type SortOrder = 'ascend' | 'descend' | null;

/** The sort order each column shows for the current `sort` parameter. */
export function sortOrderFor(
  sort: string,
  column: 'username' | 'displayName' | 'createdAt' | 'lastLoginAt',
): SortOrder {
  if (column === 'username' && (sort === 'username' || sort === '')) return 'ascend';
  if (column === 'displayName' && sort === 'displayName') return 'ascend';
  if (column === 'createdAt' && sort === '-createdAt') return 'descend';
  if (column === 'lastLoginAt' && sort === '-lastLoginAt') return 'descend';
  return null;
}

/** Maps an antd sorter change to the API's `sort` parameter (only the supported directions exist). */
export function sortParamFor(field: unknown, order: SortOrder | undefined): UserSort | null {
  if (!order) return null;
  if (field === 'username') return 'username';
  if (field === 'displayName') return 'displayName';
  if (field === 'createdAt') return '-createdAt';
  if (field === 'lastLoginAt') return '-lastLoginAt';
  return null;
}
