import { Select, type SelectProps } from 'antd';
import { DEPARTMENT_KINDS, ROLE_KEYS } from '../../app/api/types';
import { kindLabel, roleLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { useDepartmentOptions, useJurisdictions } from './use-reference-data';

type Props = Omit<SelectProps, 'options'>;

export function JurisdictionSelect(props: Props) {
  const { lang } = useI18n();
  const { data, loading } = useJurisdictions();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={(data ?? []).map((j) => ({ value: j.code, label: pickName(lang, j.name, j.nameEn) }))}
      {...props}
    />
  );
}

export function DepartmentSelect({
  jurisdiction,
  activeOnly,
  ...props
}: Props & { jurisdiction?: string; activeOnly?: boolean }) {
  const { lang } = useI18n();
  const { data, loading } = useDepartmentOptions(jurisdiction, activeOnly);
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={(data ?? []).map((d) => ({
        value: d.id,
        label: pickName(lang, d.name, d.nameEn),
      }))}
      {...props}
    />
  );
}

export function RoleSelect(props: Props) {
  const { t } = useI18n();
  return <Select options={ROLE_KEYS.map((r) => ({ value: r, label: roleLabel(t, r) }))} {...props} />;
}

export function KindSelect(props: Props) {
  const { t } = useI18n();
  return <Select options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} {...props} />;
}
