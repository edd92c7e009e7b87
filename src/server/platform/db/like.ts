/** Escapes LIKE wildcards in user input so `50%` searches for "50%", not "50 and anything". */
export function likePattern(input: string, mode: 'contains' | 'prefix' = 'contains'): string {
  const escaped = input.replace(/[\\%_]/g, (c) => `\\${c}`);
  return mode === 'contains' ? `%${escaped}%` : `${escaped}%`;
}
