/**
 * Chinese identifiers and names as FHIR wants them: whether a registry id is a valid 统一社会信用代码
 * (so that it is also published under the USCC identifier system), and the family / given split
 * of a personal name for HumanName (the full name always stays in `text`).
 */

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid 统一社会信用代码: 18 characters of GB 32100-2015's alphabet with a correct check character. */
export function isUnifiedSocialCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(value[i] ?? '0') * (CREDIT_WEIGHTS[i] ?? 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === value[17];
}

/** Two-character surnames (复姓) still in use; any other name's surname is its first character. */
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 南宫 独孤 ' +
    '西门 轩辕 百里 呼延 闻人 澹台 公羊 赫连 申屠 钟离 濮阳 太史 司空 拓跋 万俟 第五 左丘 东郭'
  ).split(' '),
);

/**
 * Splits a Han name of two to four characters into surname and given name (`张三丰` → 张 / 三丰,
 * `欧阳修` → 欧阳 / 修). Anything else (Latin letters, dots of minority names, digits) is not split.
 */
export function splitChineseName(name: string): { family: string; given: string } | null {
  const chars = [...name];
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return null;
  const two = chars.slice(0, 2).join('');
  const familyLength = chars.length > 2 && COMPOUND_SURNAMES.has(two) ? 2 : 1;
  return { family: chars.slice(0, familyLength).join(''), given: chars.slice(familyLength).join('') };
}
