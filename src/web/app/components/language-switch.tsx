import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { isLang, LANGS } from '../i18n/translate';

/** Header language switch; the choice is persisted (localStorage `weijian.lang`). */
export function LanguageSwitch({ ghost = false }: { ghost?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: LANGS.map((l) => ({ key: l, label: t(l === 'en' ? 'app.lang.en' : 'app.lang.zh-CN') })),
        onClick: ({ key }) => {
          if (isLang(key)) setLang(key);
        },
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        aria-label={t('app.lang.switch')}
        data-testid="language-switch"
        style={ghost ? { color: 'inherit' } : undefined}
      >
        {t(lang === 'en' ? 'app.lang.en' : 'app.lang.zh-CN')}
      </Button>
    </Dropdown>
  );
}
