import type { Language } from '../i18n/language.js';
import { fieldMessage } from '../i18n/field-messages.js';
import type { ErrorDetail } from './errors.js';

/** The parts of a zod 4 issue the API reports; kept structural so no zod internals leak in. */
export interface IssueLike {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  values?: unknown[];
  keys?: string[];
  params?: Record<string, unknown>;
}

const fieldName = (path: PropertyKey[]) => path.map(String).join('.') || null;

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns every zod issue into a localised `{field, code, message}`; a missing value reads "required". */
export function issuesToDetails(issues: IssueLike[], language: Language, input: unknown): ErrorDetail[] {
  return issues.map((issue) => {
    const field = fieldName(issue.path);
    const { code, params } = classify(issue, input);
    return { field, code, message: fieldMessage(code, language, params) };
  });
}

function classify(
  issue: IssueLike,
  input: unknown,
): { code: string; params: Record<string, string | number> } {
  const num = (value: unknown) =>
    typeof value === 'number' || typeof value === 'bigint' ? Number(value) : 0;
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return { code: 'required', params: {} };
      return { code: 'invalid_type', params: { expected: String(issue.expected) } };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'too_short', params: { minimum: num(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too_few_items', params: { minimum: num(issue.minimum) } };
      return { code: 'too_small', params: { minimum: num(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too_long', params: { maximum: num(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too_many_items', params: { maximum: num(issue.maximum) } };
      return { code: 'too_big', params: { maximum: num(issue.maximum) } };
    case 'invalid_format':
      return { code: 'invalid_format', params: { format: String(issue.format ?? '') } };
    case 'invalid_value':
      return { code: 'invalid_value', params: { options: (issue.values ?? []).map(String).join(', ') } };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', params: { keys: (issue.keys ?? []).join(', ') } };
    case 'custom':
      // Refinements carry a catalogue code as their message, e.g. `password_weak`.
      return { code: issue.message ?? 'invalid', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
}
