import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tooltip, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { errorMessage } from '../../app/api/errors';
import { useAuth, useMe } from '../../app/auth/auth-context';
import { PageHeader } from '../../app/components/page-header';
import { useQueryState } from '../../app/hooks/use-query-state';
import { useRemote } from '../../app/hooks/use-remote';
import { useI18n } from '../../app/i18n/i18n-context';
import { PERMISSIONS } from '../../app/menu';
import { EmptyResult } from '../registry/empty-result';
import { listWarnings } from './api';
import type { Warning } from './types';
import { useRules } from './use-rules';
import { useWarningReview } from './use-warning-review';
import { warningColumns, warningTableWidth } from './warning-columns';
import { WarningFilterBar } from './warning-filter-bar';
import {
  sortForServiceDate,
  WARNING_FILTER_KEYS,
  warningsApiQuery,
  warningsExportUrl,
} from './warning-filters';

/** 预警: the warnings in scope, filtered from the URL; open ones can be dismissed or made a clue. */
export default function WarningsPage() {
  const { t, lang } = useI18n();
  const { hasPermission } = useAuth();
  const canReview = hasPermission(PERMISSIONS.screeningReview);
  const { values, update, page, pageSize } = useQueryState(WARNING_FILTER_KEYS);
  const { byCode } = useRules();
  const loader = useCallback(
    (signal: AbortSignal) => listWarnings(warningsApiQuery(values, page, pageSize), signal),
    [values, page, pageSize],
  );
  const { data, error, loading, reload } = useRemote(loader);
  const [selected, setSelected] = useState<Map<string, Warning>>(new Map());
  const clearAndReload = useCallback(() => {
    setSelected(new Map());
    reload();
  }, [reload]);
  const review = useWarningReview(clearAndReload);
  const showDistrict = useMe().jurisdiction.level === 'city';
  const columns = useMemo(
    () => warningColumns(t, lang, byCode, { sort: values.sort, showDistrict }),
    [t, lang, byCode, values.sort, showDistrict],
  );
  const chosen = [...selected.values()];

  const exportButtons = (
    <Tooltip title={t('screen.exportHint')}>
      <span style={{ display: 'inline-flex', gap: 8 }}>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            icon={<DownloadOutlined />}
            href={warningsExportUrl(format, values)}
            download
            data-testid={`warnings-export-${format}`}
          >
            {t(format === 'csv' ? 'screen.exportCsv' : 'screen.exportXlsx')}
          </Button>
        ))}
      </span>
    </Tooltip>
  );

  return (
    <>
      <PageHeader
        title={t('screen.warnings.title')}
        description={t('screen.warnings.description')}
        extra={exportButtons}
      />
      <Card>
        <WarningFilterBar
          values={values}
          update={(patch) => {
            setSelected(new Map());
            update(patch);
          }}
          reload={reload}
        />
        {canReview ? (
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }} data-testid="warnings-bulk">
            <Typography.Text type="secondary">
              {chosen.length ? t('screen.selected', { count: chosen.length }) : t('screen.selectHint')}
            </Typography.Text>
            <Button
              disabled={!chosen.length}
              onClick={() => review.dismiss(chosen)}
              data-testid="warnings-dismiss"
            >
              {t('screen.dismiss.action')}
            </Button>
            <Button
              type="primary"
              disabled={!chosen.length}
              onClick={() => review.makeClue(chosen)}
              data-testid="warnings-make-clue"
            >
              {t('screen.clue.action')}
            </Button>
            {chosen.length ? (
              <Button type="link" onClick={() => setSelected(new Map())}>
                {t('screen.clearSelection')}
              </Button>
            ) : null}
          </Flex>
        ) : null}
        {error ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(error, t('common.loadFailed'))}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Table<Warning>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: warningTableWidth(showDistrict) }}
          data-testid="warnings-table"
          locale={{ emptyText: <EmptyResult text={t('screen.warnings.empty')} /> }}
          rowSelection={
            canReview
              ? {
                  selectedRowKeys: [...selected.keys()],
                  preserveSelectedRowKeys: true,
                  getCheckboxProps: (w) => ({ disabled: w.status !== 'open' }),
                  onChange: (_keys, rows) => {
                    setSelected((prev) => {
                      const next = new Map<string, Warning>();
                      for (const row of rows) if (row) next.set(row.id, row);
                      // rows of other pages stay selected (antd passes undefined for rows it no longer holds)
                      for (const key of _keys) {
                        const id = String(key);
                        const kept = prev.get(id);
                        if (!next.has(id) && kept) next.set(id, kept);
                      }
                      return next;
                    });
                  },
                }
              : undefined
          }
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort' && !Array.isArray(sorter))
              update({ sort: sortForServiceDate(sorter.order) });
            else if (extra.action === 'paginate')
              update({ page: pagination.current, pageSize: pagination.pageSize });
          }}
          pagination={{
            current: page,
            pageSize: Math.min(100, pageSize),
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
      {review.modals}
    </>
  );
}
