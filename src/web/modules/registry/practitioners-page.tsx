import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Tag } from 'antd';
import { PageHeader } from '../../app/components/page-header';
import { useI18n } from '../../app/i18n/i18n-context';
import { listPractitioners, type PractitionerSummary } from './api';
import { NewRecordButton } from './edit-buttons';
import { ExportButtons } from './export-buttons';
import { practitionerColumns } from './practitioner-columns';
import { DistrictSelect, EnumSelect } from './registry-selects';
import { RegistryTable, useRegistryList } from './registry-list';
import { useCodeNames } from './use-code-names';

const KEYS = ['q', 'district', 'category', 'title', 'status', 'institutionId', 'sort'] as const;

export default function PractitionersPage() {
  const { t, lang } = useI18n();
  const list = useRegistryList(KEYS, listPractitioners);
  const { values, update, filters, reload } = list;
  // Scopes are 诊疗科目 codes (interchange v1, rule R4), named from that list as the detail page does.
  const scopeNames = useCodeNames('zhenliao_kemu');

  return (
    <>
      <PageHeader
        title={t('prac.title')}
        extra={
          <>
            <ExportButtons resource="practitioners" filters={filters} />
            <NewRecordButton resource="practitioners" />
          </>
        }
      />
      <Card>
        <Flex className="wj-filters" gap={12} wrap>
          <Input.Search
            key={values.q}
            allowClear
            placeholder={t('prac.search')}
            defaultValue={values.q}
            onSearch={(q) => update({ q: q.trim() })}
            style={{ width: 280 }}
            data-testid="practitioner-search"
          />
          <DistrictSelect
            allowClear
            placeholder={t('registry.district')}
            value={values.district || undefined}
            onChange={(v: string | undefined) => update({ district: v })}
            style={{ width: 140 }}
          />
          <EnumSelect
            enumName="practitionerCategory"
            allowClear
            placeholder={t('prac.category')}
            value={values.category || undefined}
            onChange={(v: string | undefined) => update({ category: v })}
            style={{ width: 130 }}
          />
          <EnumSelect
            enumName="practitionerTitle"
            allowClear
            placeholder={t('prac.professionalTitle')}
            value={values.title || undefined}
            onChange={(v: string | undefined) => update({ title: v })}
            style={{ width: 140 }}
          />
          <EnumSelect
            enumName="practitionerStatus"
            allowClear
            placeholder={t('prac.status')}
            value={values.status || undefined}
            onChange={(v: string | undefined) => update({ status: v })}
            style={{ width: 130 }}
          />
          <Select
            aria-label={t('registry.sort')}
            value={filters.sort}
            onChange={(v: string) => update({ sort: v === 'name' ? null : v })}
            options={[
              { value: 'name', label: t('prac.sortName') },
              { value: '-updatedAt', label: t('prac.sortUpdated') },
            ]}
            style={{ width: 130 }}
          />
          {values.institutionId ? (
            <Tag closable onClose={() => update({ institutionId: null })} style={{ alignSelf: 'center' }}>
              {t('prac.institution')}: {values.institutionId}
            </Tag>
          ) : null}
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
        </Flex>
        <RegistryTable<(typeof KEYS)[number], PractitionerSummary>
          list={list}
          columns={practitionerColumns(t, lang, filters.sort, scopeNames)}
          width={1100}
          emptyText={t('prac.empty')}
        />
      </Card>
    </>
  );
}
