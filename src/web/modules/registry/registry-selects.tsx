import { Select, type SelectProps } from 'antd';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { useJurisdictions } from '../identity/use-reference-data';
import { type EnumName, enumOptions } from './labels';

type Props = Omit<SelectProps, 'options'>;

/** The districts of the city (from GET /jurisdictions). */
export function DistrictSelect(props: Props) {
  const { lang } = useI18n();
  const { data, loading } = useJurisdictions();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={(data ?? [])
        .filter((j) => j.level === 'district')
        .map((j) => ({ value: j.code, label: pickName(lang, j.name, j.nameEn) }))}
      {...props}
    />
  );
}

/** A select over one of the registry enumerations (labels from src/shared/registry.ts). */
export function EnumSelect({ enumName, ...props }: Props & { enumName: EnumName }) {
  const { lang } = useI18n();
  return <Select options={enumOptions(lang, enumName)} popupMatchSelectWidth={false} {...props} />;
}
