/** Mirrors the server rule (≥ 10 characters, with letters and digits); the server stays authoritative. */
export function passwordLooksValid(password: string): boolean {
  return password.length >= 10 && /[A-Za-z]/.test(password) && /\d/.test(password);
}
