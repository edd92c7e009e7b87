/** Consecutive failed sign-ins that lock an account, and for how long. */
export const LOCKOUT = { maxFailures: 5, lockMinutes: 15 } as const;
/** Failed sign-ins from one address within the window before it is refused. */
export const IP_LIMIT = { maxFailures: 20, windowMinutes: 15 } as const;

export interface FailureState {
  failedLogins: number;
  lockedUntil: Date | null;
}

/** The account state after one more failed sign-in (等保: 登录失败处理, 限制非法登录次数). */
export function recordFailure(state: FailureState, now: Date): FailureState {
  const failedLogins = state.failedLogins + 1;
  if (failedLogins < LOCKOUT.maxFailures) return { failedLogins, lockedUntil: state.lockedUntil };
  return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000) };
}

export const isLocked = (lockedUntil: Date | null, now: Date) => !!lockedUntil && lockedUntil > now;
