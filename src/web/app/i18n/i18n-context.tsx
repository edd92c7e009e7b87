import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setRequestLanguage } from '../api/client';
import type { MessageKey } from './zh-CN';
import {
  LANG_STORAGE_KEY,
  type Lang,
  type Params,
  readStoredLang,
  type TFunction,
  translate,
} from './translate';

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: TFunction;
}

const I18nContext = createContext<I18nValue | null>(null);

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = readStoredLang(safeStorage());
    setRequestLanguage(initial);
    return initial;
  });

  useEffect(() => {
    setRequestLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    try {
      safeStorage()?.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // storage unavailable (private mode); the choice still applies to this tab
    }
    setRequestLanguage(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key: MessageKey, params?: Params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useT(): TFunction {
  return useI18n().t;
}
