import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Input, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { errorMessage } from '../../../app/api/errors';
import type { AuditEntry, AuditVerifyResult } from '../../../app/api/types';
import { useAuth } from '../../../app/auth/auth-context';
import { PageHeader } from '../../../app/components/page-header';
import { formatDateTime } from '../../../app/format';
import { useQueryState } from '../../../app/hooks/use-query-state';
import { useRemote } from '../../../app/hooks/use-remote';
import { useI18n } from '../../../app/i18n/i18n-context';
import { pickName } from '../../../app/i18n/translate';
import { PERMISSIONS } from '../../../app/menu';
import { listAudit } from '../api';
import { useJurisdictions } from '../use-reference-data';
import { AuditDiffView } from './audit-diff-view';
import { AuditVerifyButton, AuditVerifyResultAlert } from './audit-verify';

const KEYS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
const DAY = 'YYYY-MM-DD';

export default function AuditPage() {
  const { t, lang } = useI18n();
  const canVerify = useAuth().hasPermission(PERMISSIONS.auditVerify);
  const { values, update, page, pageSize } = useQueryState(KEYS);
  const [verifyResult, setVerifyResult] = useState<AuditVerifyResult | null>(null);

  const loader = useCallback(
    (signal: AbortSignal) => listAudit({ ...values, page, pageSize }, signal),
    [values, page, pageSize],
  );
  const { data, error, loading, reload } = useRemote(loader);
  const jurisdictions = useJurisdictions();
  const jurisdictionName = useMemo(
    () => new Map((jurisdictions.data ?? []).map((j) => [j.code, pickName(lang, j.name, j.nameEn)])),
    [jurisdictions.data, lang],
  );

  const text = (key: 'actor' | 'action' | 'entityType' | 'entityId', width: number) => (
    <Input.Search
      key={key}
      allowClear
      placeholder={t(`audit.${key}`)}
      defaultValue={values[key]}
      onSearch={(v) => update({ [key]: v.trim() })}
      style={{ width }}
    />
  );

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 180, render: (at: string) => formatDateTime(at) },
    { title: t('audit.actor'), dataIndex: 'actorName', width: 140, render: (n: string | null) => n ?? '—' },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (a: string) => <Typography.Text code>{a}</Typography.Text>,
    },
    { title: t('audit.entityType'), dataIndex: 'entityType', width: 130 },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      width: 160,
      ellipsis: true,
      render: (id: string | null) =>
        id ? <Typography.Text copyable={{ text: id }}>{id}</Typography.Text> : '—',
    },
    {
      title: t('audit.jurisdiction'),
      dataIndex: 'jurisdictionCode',
      width: 110,
      render: (code: string | null) => (code ? (jurisdictionName.get(code) ?? code) : '—'),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
    {
      title: t('audit.requestId'),
      dataIndex: 'requestId',
      width: 140,
      ellipsis: true,
      render: (id: string | null) => (id ? <Typography.Text type="secondary">{id}</Typography.Text> : '—'),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.timezone')}
        extra={canVerify ? <AuditVerifyButton onResult={setVerifyResult} /> : null}
      />
      {verifyResult ? (
        <AuditVerifyResultAlert result={verifyResult} onClose={() => setVerifyResult(null)} />
      ) : null}
      <Card>
        <Flex className="wj-filters" gap={12} wrap>
          {text('actor', 160)}
          {text('action', 200)}
          {text('entityType', 160)}
          {text('entityId', 200)}
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[values.from ? dayjs(values.from, DAY) : null, values.to ? dayjs(values.to, DAY) : null]}
            onChange={(range) =>
              update({ from: range?.[0]?.format(DAY) ?? null, to: range?.[1]?.format(DAY) ?? null })
            }
            placeholder={[t('audit.dateRange'), t('audit.dateRange')]}
          />
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
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 1300 }}
          locale={{ emptyText: t('audit.empty') }}
          expandable={{ expandedRowRender: (entry) => <AuditDiffView entry={entry} /> }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, size) => update({ page: p, pageSize: size }),
          }}
        />
      </Card>
    </>
  );
}
