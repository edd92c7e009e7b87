import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { PageHeader } from '../../app/components/page-header';
import { useI18n } from '../../app/i18n/i18n-context';
import { type InstitutionSummary, listInstitutions } from './api';
import { NewRecordButton } from './edit-buttons';
import { ExportButtons } from './export-buttons';
import { institutionColumns } from './institution-columns';
import { DistrictSelect, EnumSelect } from './registry-selects';
import { VerificationFilter } from './verification-filter';
import { RegistryTable, useRegistryList } from './registry-list';

const KEYS = ['q', 'district', 'category', 'status', 'ownership', 'verification', 'sort'] as const;

export default function InstitutionsPage() {
  const { t, lang } = useI18n();
  const list = useRegistryList(KEYS, listInstitutions);
  const { values, update, filters, reload } = list;

  return (
    <>
      <PageHeader
        title={t('inst.title')}
        extra={
          <>
            <ExportButtons resource="institutions" filters={filters} />
            <NewRecordButton resource="institutions" />
          </>
        }
      />
      <Card>
        <Flex className="wj-filters" gap={12} wrap>
          <Input.Search
            key={values.q}
            allowClear
            placeholder={t('inst.search')}
            defaultValue={values.q}
            onSearch={(q) => update({ q: q.trim() })}
            style={{ width: 270 }}
            data-testid="institution-search"
          />
          <DistrictSelect
            allowClear
            placeholder={t('registry.district')}
            value={values.district || undefined}
            onChange={(v: string | undefined) => update({ district: v })}
            style={{ width: 120 }}
          />
          <EnumSelect
            enumName="institutionCategory"
            allowClear
            placeholder={t('inst.category')}
            value={values.category || undefined}
            onChange={(v: string | undefined) => update({ category: v })}
            style={{ width: 150 }}
          />
          <EnumSelect
            enumName="institutionStatus"
            allowClear
            placeholder={t('inst.status')}
            value={values.status || undefined}
            onChange={(v: string | undefined) => update({ status: v })}
            style={{ width: 120 }}
          />
          <EnumSelect
            enumName="ownership"
            allowClear
            placeholder={t('inst.ownership')}
            value={values.ownership || undefined}
            onChange={(v: string | undefined) => update({ ownership: v })}
            style={{ width: 124 }}
          />
          <VerificationFilter
            value={values.verification || undefined}
            onChange={(v: string | undefined) => update({ verification: v })}
          />
          <Select
            aria-label={t('registry.sort')}
            value={filters.sort}
            onChange={(v: string) => update({ sort: v === 'name' ? null : v })}
            options={[
              { value: 'name', label: t('inst.sortName') },
              { value: '-updatedAt', label: t('inst.sortUpdated') },
              { value: '-beds', label: t('inst.sortBeds') },
            ]}
            style={{ width: 150 }}
          />
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
        </Flex>
        <RegistryTable<(typeof KEYS)[number], InstitutionSummary>
          list={list}
          columns={institutionColumns(t, lang, filters.sort)}
          width={1060}
          emptyText={t('inst.empty')}
        />
      </Card>
    </>
  );
}
