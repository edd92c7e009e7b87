import { ApiError } from '../../app/api/errors';

export type FieldPath = (string | number)[];

/**
 * An API field path as antd form name: `licence.validTo` → ['licence', 'validTo'],
 * `registrations[1].institutionId` (and zod's `registrations.1.institutionId`) →
 * ['registrations', 1, 'institutionId']. Lists edited as one control (`collapse`, e.g.
 * `licence.departments`) lose their item index: `licence.departments[3]` → ['licence', 'departments'].
 */
export function toFieldPath(field: string, collapse: readonly string[] = []): FieldPath {
  const path: FieldPath = [];
  for (const part of field.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (part === '') continue;
    const isIndex = /^\d+$/.test(part);
    if (isIndex && collapse.includes(path.join('.'))) continue;
    path.push(isIndex ? Number(part) : part);
  }
  return path;
}

export interface FormErrors {
  /** Problems for fields the form shows, merged per field. */
  fields: { name: FieldPath; errors: string[] }[];
  /** Messages that name no field the form shows (or the error's own message). */
  other: string[];
}

/**
 * Places a server error on the form: each problem on the field it names (after `rename`, for forms
 * laid out differently from the API) when `isShown(path)`, the rest (and errors without details) as
 * general messages.
 */
export function toFormErrors(
  err: unknown,
  isShown: (path: FieldPath) => boolean,
  collapse: readonly string[] = [],
  rename: (path: FieldPath) => FieldPath = (path) => path,
): FormErrors {
  if (!(err instanceof ApiError))
    return { fields: [], other: [err instanceof Error ? err.message : String(err)] };
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const other: string[] = [];
  for (const detail of err.details) {
    const name = detail.field ? rename(toFieldPath(detail.field, collapse)) : null;
    if (!name || !isShown(name)) {
      if (!other.includes(detail.message)) other.push(detail.message);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(detail.message)) entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  if (!err.details.length) other.push(err.message);
  return { fields: [...byField.values()], other };
}
