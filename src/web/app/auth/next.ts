/** Accepts only same-app relative paths as a post-login destination. */
export function safeNext(next: string | null | undefined): string {
  if (
    !next?.startsWith('/') ||
    next.startsWith('//') ||
    next.startsWith('/\\') ||
    next.startsWith('/login')
  ) {
    return '/';
  }
  return next;
}

/** The login URL that returns to `current` afterwards. */
export function loginPathFor(current: string): string {
  const next = safeNext(current);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
