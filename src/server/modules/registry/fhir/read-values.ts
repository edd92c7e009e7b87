/**
 * Typed reads of the platform's extensions and of the registry status from untrusted resources:
 * each returns the interchange string (or undefined) and reports a value of the wrong type or
 * code system under its FHIR path.
 */
import { extPath } from './problems.js';
import { type EntryAt, type EntryReport, extensions, isObject, type Json, text } from './read-json.js';

/** The code of a Coding extension whose system must be `system`. */
export function extensionCode(
  at: EntryAt,
  element: Json | undefined,
  url: string,
  system: string,
  base: string,
  report: EntryReport,
): string[] {
  const codes: string[] = [];
  for (const ext of extensions(element, url)) {
    const value = ext.valueCoding;
    if (!isObject(value)) {
      report(at, extPath(base, url), 'invalid_type', { expected: 'valueCoding' });
      continue;
    }
    if (value.system !== system) {
      report(at, extPath(base, url), 'wrong_system', { value: String(value.system ?? ''), system });
      continue;
    }
    const code = text(value.code);
    if (code) codes.push(code);
  }
  return codes;
}

/** A boolean or unsigned-integer extension as interchange text (`true`, `120`). */
export function extensionScalar(
  at: EntryAt,
  element: Json,
  url: string,
  kind: 'valueBoolean' | 'valueUnsignedInt',
  base: string,
  report: EntryReport,
): string | undefined {
  const ext = extensions(element, url)[0];
  if (!ext) return undefined;
  const value = ext[kind];
  const ok =
    kind === 'valueBoolean'
      ? typeof value === 'boolean'
      : typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (!ok) {
    report(at, extPath(base, url), 'invalid_type', { expected: kind });
    return undefined;
  }
  return String(value);
}

/**
 * The registry status: the status extension when present (it tells suspended from revoked);
 * otherwise `active: false` is suspended, and `active` true or absent (R4: a resource is assumed
 * active when no value is given) is active. The extension and `active` must agree.
 */
export function readStatus(
  at: EntryAt,
  resource: Json,
  url: string,
  system: string,
  report: EntryReport,
): string | undefined {
  const base = at.resource.split('/')[0] ?? '';
  const [status] = extensionCode(at, resource, url, system, base, report);
  const active = resource.active;
  if (active !== undefined && typeof active !== 'boolean') {
    report(at, `${base}.active`, 'invalid_type', { expected: 'boolean' });
    return status;
  }
  if (status && typeof active === 'boolean' && active !== (status === 'active'))
    report(at, `${base}.active`, 'status_conflict', { value: String(active), status });
  if (status) return status;
  return active === false ? 'suspended' : 'active';
}

/** A string element; reports any other JSON type. */
export function readText(at: EntryAt, value: unknown, path: string, report: EntryReport): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    report(at, path, 'invalid_type', { expected: 'string' });
    return undefined;
  }
  return value;
}

/** A HumanName's full text: `text`, else the parts (a Chinese surname first, without spaces). */
export function nameText(name: Json | undefined): string | undefined {
  if (!name) return undefined;
  const full = text(name.text);
  if (full) return full;
  const given = Array.isArray(name.given) ? name.given.filter((g) => typeof g === 'string') : [];
  const family = text(name.family) ?? '';
  const joined = /\p{Script=Han}/u.test(family)
    ? `${family}${given.join('')}`
    : [...given, family].filter(Boolean).join(' ');
  return joined || undefined;
}
