import { en } from './en';
import { type MessageKey, zhCN } from './zh-CN';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const DEFAULT_LANG: Lang = 'zh-CN';
export const LANG_STORAGE_KEY = 'weijian.lang';

export type Params = Record<string, string | number | null | undefined>;
export type TFunction = (key: MessageKey, params?: Params) => string;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}

/** Replaces `{name}` placeholders; unknown placeholders are kept verbatim. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate(dictionaries[lang][key], params);
}

export function hasKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

/** Picks the localised variant of a `name` / `nameEn` pair, falling back to Chinese. */
export function pickName(
  lang: Lang,
  zh: string | null | undefined,
  enName: string | null | undefined,
): string {
  if (lang === 'en' && enName) return enName;
  return zh ?? enName ?? '';
}

/** Reads the persisted language; defaults to zh-CN. */
export function readStoredLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  try {
    const value = storage?.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}
