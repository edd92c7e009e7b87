export type SortOrder = 'ascend' | 'descend' | null;

/** Institution list sorts of the contract; '' means the default (name). */
export const INSTITUTION_SORTS = ['name', '-updatedAt', '-beds'] as const;
export const PRACTITIONER_SORTS = ['name', '-updatedAt'] as const;

/** The order a sortable column shows: `name` ascending (also the default), `beds` descending. */
export function columnSortOrder(sort: string, column: 'name' | 'beds'): SortOrder {
  if (column === 'name' && (sort === 'name' || sort === '')) return 'ascend';
  if (column === 'beds' && sort === '-beds') return 'descend';
  return null;
}

/** Maps an antd sorter change to the `sort` parameter; clearing a column returns to the default. */
export function sortParamFor(field: unknown, order: SortOrder | undefined): string | null {
  if (!order) return null;
  if (field === 'name') return 'name';
  if (field === 'beds') return '-beds';
  return null;
}
