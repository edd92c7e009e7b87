import type { Scope } from '../../../platform/context.js';

export interface JurisdictionNode {
  code: string;
  level: 'city' | 'district';
  rootCode: string;
}

/**
 * The data scope of a user: a city-level user sees the whole city (its own code and every
 * district under it); a district user only its district; an institution user only its
 * institution, inside its district (国办发〔2018〕63号: 属地化、全行业监管).
 */
export function computeScope(
  home: JurisdictionNode,
  cityTree: JurisdictionNode[],
  institutionId: string | null,
): Scope {
  if (institutionId) {
    return { rootCode: home.rootCode, jurisdictionCodes: [home.code], isCityWide: false, institutionId };
  }
  if (home.level === 'city') {
    const codes = cityTree.filter((node) => node.rootCode === home.code).map((node) => node.code);
    return {
      rootCode: home.code,
      jurisdictionCodes: [...new Set([home.code, ...codes])],
      isCityWide: true,
      institutionId: null,
    };
  }
  return { rootCode: home.rootCode, jurisdictionCodes: [home.code], isCityWide: false, institutionId: null };
}

/** True when `code` lies inside the scope. */
export const isInScope = (scope: Scope, code: string) => scope.jurisdictionCodes.includes(code);
