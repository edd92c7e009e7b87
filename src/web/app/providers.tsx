import { App as AntdApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { I18nProvider, useI18n } from './i18n/i18n-context';

const themeConfig = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#1d5bbf',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
};

function LocalisedAntd({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={themeConfig}>
      <AntdApp>
        <ErrorBoundary>{children}</ErrorBoundary>
      </AntdApp>
    </ConfigProvider>
  );
}

/** Language, antd locale/theme and the antd App context (message, modal, notification). */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <LocalisedAntd>{children}</LocalisedAntd>
    </I18nProvider>
  );
}
