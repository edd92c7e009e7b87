import { Select, type SelectProps } from 'antd';
import { useMe } from '../../app/auth/auth-context';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { useJurisdictions } from '../identity/use-reference-data';

/**
 * The districts the user may look at: every district for city users, their own for district users
 * (the API scopes the data the same way; the select only offers what can match).
 */
export function ScopedDistrictSelect(props: Omit<SelectProps, 'options'>) {
  const { lang } = useI18n();
  const me = useMe();
  const { data, loading } = useJurisdictions();
  const own = me.jurisdiction.level === 'district' ? me.jurisdiction.code : null;
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={(data ?? [])
        .filter((j) => j.level === 'district' && (!own || j.code === own))
        .map((j) => ({ value: j.code, label: pickName(lang, j.name, j.nameEn) }))}
      {...props}
    />
  );
}
