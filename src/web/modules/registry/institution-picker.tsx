import { Select } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n, useT } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { type InstitutionSummary, listInstitutions } from './api';

interface Option {
  value: string;
  label: string;
}

const optionOf = (i: InstitutionSummary, lang: 'zh-CN' | 'en'): Option => ({
  value: i.id,
  label: `${i.name}（${pickName(lang, i.districtName, i.districtNameEn)}）`,
});

/**
 * Chooses an institution by searching the registry (GET /institutions?q=: name, pinyin initials,
 * id or licence number), within the user's districts; `initialLabel` names the current value.
 */
export function InstitutionPicker({
  value,
  onChange,
  initialLabel,
  id,
  testId,
}: {
  value?: string;
  onChange?: (value: string, label: string) => void;
  initialLabel?: string;
  id?: string;
  testId?: string;
}) {
  const t = useT();
  const { lang } = useI18n();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const chosen = useRef<Option | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(() => {
      setLoading(true);
      listInstitutions({ q, pageSize: 20, sort: 'name' }, controller.signal).then(
        (page) => {
          setFound(page.items.map((i) => optionOf(i, lang)));
          setLoading(false);
        },
        () => {
          if (!controller.signal.aborted) setLoading(false);
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, lang]);

  const options = useMemo(() => {
    const current =
      value && !found.some((o) => o.value === value)
        ? [chosen.current?.value === value ? chosen.current : { value, label: initialLabel ?? value }]
        : [];
    return [...current, ...found];
  }, [found, value, initialLabel]);

  return (
    <Select<string, Option>
      id={id}
      data-testid={testId}
      value={value}
      options={options}
      loading={loading}
      placeholder={t('edit.institutionSearch')}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      notFoundContent={null}
      onChange={(next, option) => {
        const picked = Array.isArray(option) ? undefined : option;
        if (picked) chosen.current = picked;
        onChange?.(next, picked?.label ?? next);
      }}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
