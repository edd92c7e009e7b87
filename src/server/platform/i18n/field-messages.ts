import { interpolate, type Language } from './language.js';

/**
 * Field-level messages by problem code. Services use the same codes for their own rules
 * (e.g. `password_weak`), so a field message is always localised the same way.
 */
const messages: Record<string, Record<Language, string>> = {
  required: { 'zh-CN': '必填。', en: 'Required.' },
  invalid_type: { 'zh-CN': '类型不正确，应为 {expected}。', en: 'Wrong type: expected {expected}.' },
  too_short: { 'zh-CN': '长度至少 {minimum} 个字符。', en: 'Must be at least {minimum} characters.' },
  too_long: { 'zh-CN': '长度不能超过 {maximum} 个字符。', en: 'Must be at most {maximum} characters.' },
  too_small: { 'zh-CN': '不能小于 {minimum}。', en: 'Must be at least {minimum}.' },
  too_big: { 'zh-CN': '不能大于 {maximum}。', en: 'Must be at most {maximum}.' },
  too_few_items: { 'zh-CN': '至少选择 {minimum} 项。', en: 'Choose at least {minimum}.' },
  too_many_items: { 'zh-CN': '最多 {maximum} 项。', en: 'At most {maximum} items.' },
  invalid_format: { 'zh-CN': '格式不正确（{format}）。', en: 'Invalid format ({format}).' },
  invalid_value: { 'zh-CN': '取值无效，可选值：{options}。', en: 'Invalid value; allowed: {options}.' },
  unrecognized_keys: { 'zh-CN': '包含未知字段：{keys}。', en: 'Unknown field(s): {keys}.' },
  invalid: { 'zh-CN': '取值无效。', en: 'Invalid value.' },
  password_weak: {
    'zh-CN': '密码至少 10 位，且须同时包含字母和数字。',
    en: 'The password must have at least 10 characters with both letters and digits.',
  },
  password_reused: {
    'zh-CN': '新密码不能与当前密码相同。',
    en: 'The new password must differ from the current one.',
  },
  password_wrong: { 'zh-CN': '当前密码不正确。', en: 'The current password is incorrect.' },
  taken: { 'zh-CN': '已被占用。', en: 'Already taken.' },
  not_found: { 'zh-CN': '引用的记录不存在。', en: 'The referenced record does not exist.' },
  out_of_scope: { 'zh-CN': '不在您的管辖范围内。', en: 'Outside your jurisdiction.' },
  role_needs_institution: {
    'zh-CN': '机构用户须关联医疗机构，且不能兼任其他角色。',
    en: 'An institution user must belong to an institution and hold no other role.',
  },
  department_inactive: { 'zh-CN': '该部门已停用。', en: 'This department is inactive.' },
  jurisdiction_mismatch: {
    'zh-CN': '部门与辖区不一致。',
    en: 'The department belongs to another jurisdiction.',
  },
  self_lockout: {
    'zh-CN': '不能停用自己的账号或移除自己的系统管理员角色。',
    en: 'You cannot disable your own account or remove your own administrator role.',
  },
  date_range: {
    'zh-CN': '结束日期不能早于开始日期。',
    en: 'The end date must not be before the start date.',
  },
};

export function fieldMessage(code: string, language: Language, params: Record<string, string | number> = {}) {
  const entry = messages[code] ?? messages.invalid;
  return interpolate((entry as Record<Language, string>)[language], params);
}
