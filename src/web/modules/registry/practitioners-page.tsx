import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Select, Table, Tag } from 'antd';
import { useCallback, useMemo } from 'react';
import { errorMessage } from '../../app/api/errors';
import { PageHeader } from '../../app/components/page-header';
import { useQueryState } from '../../app/hooks/use-query-state';
import { useRemote } from '../../app/hooks/use-remote';
import { useI18n } from '../../app/i18n/i18n-context';
import { listPractitioners, type PractitionerSummary } from './api';
import { NewRecordButton } from './edit-buttons';
import { EmptyResult } from './empty-result';
import { ExportButtons } from './export-buttons';
import { practitionerColumns } from './practitioner-columns';
import { DistrictSelect, EnumSelect } from './registry-selects';
import { sortParamFor } from './registry-sort';
import { useCodeNames } from './use-code-names';

const KEYS = ['q', 'district', 'category', 'title', 'status', 'institutionId', 'sort'] as const;

export default function PractitionersPage() {
  const { t, lang } = useI18n();
  const { values, update, page, pageSize } = useQueryState(KEYS);
  const filters = useMemo(() => ({ ...values, sort: values.sort || 'name' }), [values]);
  // Scopes are 诊疗科目 codes (interchange v1, rule R4), named from that list as the detail page does.
  const scopeNames = useCodeNames('zhenliao_kemu');

  const loader = useCallback(
    (signal: AbortSignal) => listPractitioners({ ...filters, page, pageSize }, signal),
    [filters, page, pageSize],
  );
  const { data, error, loading, reload } = useRemote(loader);

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
        {error ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(error, t('common.loadFailed'))}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Table<PractitionerSummary>
          rowKey="id"
          size="middle"
          columns={practitionerColumns(t, lang, filters.sort, scopeNames)}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 1100 }}
          locale={{ emptyText: <EmptyResult text={t('prac.empty')} /> }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort' && !Array.isArray(sorter)) {
              update({ sort: sortParamFor(sorter.field, sorter.order) });
            } else if (extra.action === 'paginate') {
              update({ page: pagination.current, pageSize: pagination.pageSize });
            }
          }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
    </>
  );
}
