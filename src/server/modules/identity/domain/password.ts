/** Password rule: at least 10 characters, with letters and digits (GB/T 22239-2019 等保 二级 身份鉴别). */
export function isStrongPassword(password: string): boolean {
  return password.length >= 10 && /[A-Za-z]/.test(password) && /\d/.test(password);
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/**
 * A one-time password for a new or reset account, from the random bytes given (no look-alike
 * characters). Always satisfies isStrongPassword.
 */
export function generateInitialPassword(randomBytes: Uint8Array): string {
  const chars = Array.from(randomBytes.slice(0, 10), (byte) => ALPHABET[byte % ALPHABET.length]);
  return `${chars.join('')}7a`;
}
