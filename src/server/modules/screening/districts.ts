import type { Actor } from '../../platform/context.js';
import type { ScreeningDeps } from './deps.js';

/** District names by code (from identity, through the registry deps' directory). */
export async function districtNames(deps: Pick<ScreeningDeps, 'listJurisdictions'>) {
  const all = await deps.listJurisdictions();
  return new Map(all.map((j) => [j.code, { name: j.name, nameEn: j.nameEn }]));
}

/** The districts to look in: the actor's scope, narrowed to `district` when given (empty if outside). */
export function scopedDistricts(actor: Actor, district?: string): string[] {
  const codes = actor.scope.jurisdictionCodes;
  return district ? codes.filter((code) => code === district) : codes;
}
