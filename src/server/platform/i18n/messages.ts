import type { ErrorCode } from '../http/errors.js';
import { interpolate, type Language } from './language.js';

type Catalogue = Record<ErrorCode, string>;

const zhCN: Catalogue = {
  VALIDATION_FAILED: '提交的数据有 {count} 处问题，请按字段提示修改后重试。',
  UNAUTHENTICATED: '尚未登录或登录已过期，请重新登录。',
  INVALID_CREDENTIALS: '用户名或密码不正确。',
  FORBIDDEN: '您的角色无权执行此操作。',
  OUT_OF_SCOPE: '该数据不在您的管辖范围内。',
  CSRF_FAILED: '请求缺少有效的安全令牌（x-csrf-token），请刷新页面后重试。',
  NOT_FOUND: '未找到所请求的记录。',
  CONFLICT: '与已有记录冲突：{field} 已存在。',
  STATE_TRANSITION_INVALID: '当前状态下不能执行此操作。',
  DEADLINE_PASSED: '已超过法定期限。',
  PAYLOAD_TOO_LARGE: '提交的内容超过大小上限。',
  REFERENCE_NOT_FOUND: '引用的记录不存在：{field}。',
  IMPORT_REJECTED: '导入被拒绝：有 {count} 行数据不合格，未写入任何数据。',
  ACCOUNT_LOCKED: '账号因多次登录失败已被锁定，请于 {until} 后再试，或联系系统管理员解锁。',
  RATE_LIMITED: '请求过于频繁，请稍后再试。',
  DATABASE_BUSY: '数据库正忙，请稍后重试。',
  INTERNAL: '服务器内部错误，请稍后重试；如问题持续，请将请求编号提供给管理员。',
};

const en: Catalogue = {
  VALIDATION_FAILED: 'The submitted data has {count} problem(s); correct the fields named and try again.',
  UNAUTHENTICATED: 'You are not signed in or your session has expired. Please sign in.',
  INVALID_CREDENTIALS: 'The user name or password is incorrect.',
  FORBIDDEN: 'Your role does not permit this action.',
  OUT_OF_SCOPE: 'This record is outside your jurisdiction.',
  CSRF_FAILED: 'The request lacks a valid security token (x-csrf-token). Reload the page and try again.',
  NOT_FOUND: 'The requested record was not found.',
  CONFLICT: 'Conflicts with an existing record: {field} already exists.',
  STATE_TRANSITION_INVALID: 'This action is not allowed in the current state.',
  DEADLINE_PASSED: 'The statutory time limit has passed.',
  PAYLOAD_TOO_LARGE: 'The submitted content is larger than allowed.',
  REFERENCE_NOT_FOUND: 'The referenced record does not exist: {field}.',
  IMPORT_REJECTED: 'Import rejected: {count} row(s) are invalid; nothing was written.',
  ACCOUNT_LOCKED:
    'The account is locked after repeated failed sign-ins. Try again after {until} or ask an administrator to unlock it.',
  RATE_LIMITED: 'Too many requests. Please try again later.',
  DATABASE_BUSY: 'The database is busy. Please try again shortly.',
  INTERNAL:
    'Internal server error. Please try again; if it persists, give the request id to an administrator.',
};

const catalogues: Record<Language, Catalogue> = { 'zh-CN': zhCN, en };

export function errorMessage(code: ErrorCode, language: Language, params: Record<string, string | number>) {
  return interpolate(catalogues[language][code], params);
}
