import { pinyin } from 'pinyin-pro';

/**
 * The pinyin first letters of a name, lower case, for search by initials (第一人民医院 →
 * `dyrmyy`); letters and digits that are not Chinese are kept as they are, other symbols dropped.
 */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
