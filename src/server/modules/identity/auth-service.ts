import { createHash } from 'node:crypto';
import { userLocked } from '../../../shared/events.js';
import type { Role } from '../../../shared/roles.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError, validationFailed } from '../../platform/http/errors.js';
import { fieldMessage } from '../../platform/i18n/field-messages.js';
import { runWrite } from '../../platform/write.js';
import type { IdentityDeps } from './deps.js';
import { IP_LIMIT, isLocked, recordFailure } from './domain/lockout.js';
import { isStrongPassword } from './domain/password.js';
import { computeScope } from './domain/scope.js';
import { auditedUser } from './present.js';
import {
  countRecentFailures,
  deleteSession,
  deleteUserSessions,
  findLiveSession,
  insertLoginAttempt,
  insertSession,
} from './session-store.js';
import { listCityTree } from './store.js';
import { findUserByUsername, updateUser, type UserRow } from './user-store.js';

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');
const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

type LoginOutcome =
  | { ok: true; token: string; csrfToken: string; expiresAt: Date }
  | { ok: false; error: AppError };

export function createAuthService(deps: IdentityDeps) {
  const { db, hasher } = deps;

  /** The actor behind a session cookie, with its data scope; null when the session is not live. */
  async function resolveSession(token: string): Promise<Actor | null> {
    const row = await findLiveSession(db, sessionId(token));
    if (!row) return null;
    const tree = row.jurisdiction.level === 'city' ? await listCityTree(db, row.jurisdiction.code) : [];
    return {
      userId: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      roles: row.user.roles as Role[],
      departmentId: row.user.departmentId,
      jurisdictionCode: row.user.jurisdictionCode,
      scope: computeScope(row.jurisdiction, tree, row.user.institutionId),
      sessionId: row.session.id,
      csrfToken: row.session.csrfToken,
      mustChangePassword: row.user.mustChangePassword,
    };
  }

  /**
   * Signs a user in. Failed attempts are counted per account (locked after 5 in a row for 15
   * minutes) and per address (refused after 20 in 15 minutes); both are committed even though
   * the sign-in fails, and every attempt is audited (等保 2.0: 身份鉴别, 安全审计).
   */
  async function login(
    ctx: RequestContext,
    username: string,
    password: string,
  ): Promise<Omit<LoginOutcome & { ok: true }, 'ok'>> {
    const now = ctx.now();
    const ip = ctx.ip ?? 'unknown';
    const since = new Date(now.getTime() - IP_LIMIT.windowMinutes * 60_000);
    if ((await countRecentFailures(db, ip, since)) >= IP_LIMIT.maxFailures)
      throw new AppError('RATE_LIMITED');
    const user = await findUserByUsername(db, username);
    const outcome = await verifyAndRecord(ctx, username, password, user, now);
    if (!outcome.ok) throw outcome.error;
    return outcome;
  }

  async function verifyAndRecord(
    ctx: RequestContext,
    username: string,
    password: string,
    user: UserRow | undefined,
    now: Date,
  ): Promise<LoginOutcome> {
    if (user?.status !== 'active') {
      await hasher.burn(password);
      return runWrite(deps.write, ctx, async (w) => {
        await insertLoginAttempt(w.tx, ctx.ip ?? 'unknown', username, false);
        await w.audit({
          action: 'identity.session.login_failed',
          actor: { id: null, name: `${username} (sign-in attempt)` },
          entityType: 'user',
          entityId: user?.id ?? null,
          jurisdictionCode: user?.jurisdictionCode ?? null,
          after: { username, reason: user ? 'disabled' : 'unknown_user' },
        });
        return { ok: false, error: new AppError('INVALID_CREDENTIALS') };
      });
    }
    if (isLocked(user.lockedUntil, now)) {
      return {
        ok: false,
        error: new AppError('ACCOUNT_LOCKED', { params: { until: formatLocal(user.lockedUntil as Date) } }),
      };
    }
    const valid = await hasher.verify(user.passwordHash, password);
    return runWrite(deps.write, ctx, async (w) => {
      await insertLoginAttempt(w.tx, ctx.ip ?? 'unknown', user.username, valid);
      if (!valid) return recordFailedPassword(w, user, now);
      const token = toBase64Url(deps.randomBytes(32));
      const csrfToken = toBase64Url(deps.randomBytes(24));
      const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
      await insertSession(w.tx, {
        id: sessionId(token),
        userId: user.id,
        csrfToken,
        expiresAt,
        ip: ctx.ip,
        userAgent: null,
      });
      await updateUser(w.tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
      await w.audit({
        action: 'identity.session.login',
        actor: { id: user.id, name: `${user.displayName} (${user.username})` },
        entityType: 'user',
        entityId: user.id,
        jurisdictionCode: user.jurisdictionCode,
        after: { username: user.username },
      });
      return { ok: true, token, csrfToken, expiresAt };
    });
  }

  async function recordFailedPassword(
    w: Parameters<Parameters<typeof runWrite>[2]>[0],
    user: UserRow,
    now: Date,
  ): Promise<LoginOutcome> {
    const next = recordFailure({ failedLogins: user.failedLogins, lockedUntil: user.lockedUntil }, now);
    await updateUser(w.tx, user.id, next);
    const locked = isLocked(next.lockedUntil, now);
    await w.audit({
      action: locked ? 'identity.user.locked' : 'identity.session.login_failed',
      // Nobody is signed in: the attempt is attributed to the name that was typed.
      actor: { id: null, name: `${user.username} (sign-in attempt)` },
      entityType: 'user',
      entityId: user.id,
      jurisdictionCode: user.jurisdictionCode,
      after: { username: user.username, reason: 'wrong_password', ...next },
    });
    if (!locked) return { ok: false, error: new AppError('INVALID_CREDENTIALS') };
    const lockedUntil = next.lockedUntil as Date;
    await w.emit(userLocked.topic, {
      userId: user.id,
      username: user.username,
      jurisdictionCode: user.jurisdictionCode,
      lockedUntil: lockedUntil.toISOString(),
    });
    return {
      ok: false,
      error: new AppError('ACCOUNT_LOCKED', { params: { until: formatLocal(lockedUntil) } }),
    };
  }

  async function logout(ctx: RequestContext, actor: Actor): Promise<void> {
    await runWrite(deps.write, ctx, async (w) => {
      await deleteSession(w.tx, actor.sessionId);
      await w.audit({ action: 'identity.session.logout', entityType: 'user', entityId: actor.userId });
    });
  }

  /** Changes the actor's own password; other sessions of the user are signed out. */
  async function changePassword(
    ctx: RequestContext,
    actor: Actor,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const user = await findUserByUsername(db, actor.username);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const problems = [];
    if (!(await hasher.verify(user.passwordHash, currentPassword)))
      problems.push({
        field: 'currentPassword',
        code: 'password_wrong',
        message: fieldMessage('password_wrong', ctx.language),
      });
    if (!isStrongPassword(newPassword))
      problems.push({
        field: 'newPassword',
        code: 'password_weak',
        message: fieldMessage('password_weak', ctx.language),
      });
    else if (newPassword === currentPassword)
      problems.push({
        field: 'newPassword',
        code: 'password_reused',
        message: fieldMessage('password_reused', ctx.language),
      });
    if (problems.length) throw validationFailed(problems);
    const passwordHash = await hasher.hash(newPassword);
    await runWrite(deps.write, ctx, async (w) => {
      await updateUser(w.tx, user.id, {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: ctx.now(),
      });
      await deleteUserSessions(w.tx, user.id, actor.sessionId);
      await w.audit({
        action: 'identity.user.password_change',
        entityType: 'user',
        entityId: user.id,
        after: auditedUser(user),
      });
    });
  }

  return { resolveSession, login, logout, changePassword };
}

/** Shanghai local time for messages, e.g. 2026-11-23 18:05. */
function formatLocal(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export type AuthService = ReturnType<typeof createAuthService>;
