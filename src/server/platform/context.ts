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

/** Who queued a background job, as kept with it (uploads): the job acts for them. */
export interface StoredActor {
  userId: string;
  username: string;
  displayName: string;
  jurisdictionCode: string;
  scope: Scope;
}

/** What to keep of an actor for a job that acts for them later. */
export const storedActor = (actor: Actor): StoredActor => ({
  userId: actor.userId,
  username: actor.username,
  displayName: actor.displayName,
  jurisdictionCode: actor.jurisdictionCode,
  scope: actor.scope,
});

/** The context of a job acting for a stored actor, with the scope they had when they queued it. */
export function jobContext(who: StoredActor, requestId: string, language: Language): RequestContext {
  const actor: Actor = {
    ...who,
    roles: [],
    departmentId: null,
    sessionId: '',
    csrfToken: '',
    mustChangePassword: false,
  };
  return { actor, requestId, ip: null, language, now: () => new Date() };
}
