import type { Role } from '../../shared/roles.js';
import type { Language } from './i18n/language.js';

/**
 * Data scope: the jurisdictions whose non-public data an actor may see, computed once per session.
 * Stores apply it inside SQL (`jurisdiction_code in (…)`), never by filtering rows afterwards.
 */
export interface Scope {
  rootCode: string;
  jurisdictionCodes: string[];
  isCityWide: boolean;
  institutionId: string | null;
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  departmentId: string | null;
  jurisdictionCode: string;
  scope: Scope;
  sessionId: string;
  csrfToken: string;
  mustChangePassword: boolean;
}

/** What a service needs to know about the request it serves. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string | null;
  language: Language;
  now: () => Date;
}

/** A context for the command line and jobs: a named system actor, no HTTP request. */
export function systemContext(requestId: string, now: () => Date = () => new Date()): RequestContext {
  return { actor: null, requestId, ip: null, language: 'zh-CN', now };
}
