import { Alert, Card, Flex, Table, Typography } from 'antd';
import { useCallback } from 'react';
import { errorMessage } from '../../app/api/errors';
import { PageHeader } from '../../app/components/page-header';
import { useQueryState } from '../../app/hooks/use-query-state';
import { useRemote } from '../../app/hooks/use-remote';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { type CodeListInfo, listCodeLists } from './api';
import { CodeListViewer } from './code-list-viewer';
import { SourceText } from './source-text';

const KEYS = ['list', 'version', 'q'] as const;

export default function CodeListsPage() {
  const { t, lang } = useI18n();
  const { values, update } = useQueryState(KEYS);
  const loader = useCallback((signal: AbortSignal) => listCodeLists(signal), []);
  const { data, error, loading } = useRemote(loader);

  return (
    <>
      <PageHeader title={t('codeList.title')} description={t('codeList.intro')} />
      <Flex vertical gap={16}>
        <Card>
          {error ? (
            <Alert
              type="error"
              showIcon
              title={errorMessage(error, t('common.loadFailed'))}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Table<CodeListInfo>
            rowKey="id"
            size="middle"
            loading={loading}
            dataSource={data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('codeList.none') }}
            rowClassName={(row) => (row.id === values.list ? 'ant-table-row-selected' : '')}
            onRow={(row) => ({
              onClick: () => update({ list: row.id, version: null, q: null }),
              style: { cursor: 'pointer' },
            })}
            columns={[
              {
                title: t('codeList.name'),
                key: 'name',
                render: (_, row) => (
                  <Flex vertical>
                    <Typography.Link data-testid="code-list-link">
                      {pickName(lang, row.name, row.nameEn)}
                    </Typography.Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                      {row.id}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('codeList.version'), dataIndex: 'version', width: 140 },
              { title: t('codeList.itemCount'), dataIndex: 'itemCount', width: 100, align: 'right' },
              {
                title: t('codeList.source'),
                dataIndex: 'source',
                render: (source: string) => <SourceText source={source} width={520} />,
              },
            ]}
          />
        </Card>
        {values.list ? (
          <CodeListViewer
            listId={values.list}
            version={values.version}
            query={values.q}
            onChange={(patch) => update(patch)}
          />
        ) : (
          <Card>
            <Typography.Text type="secondary">{t('codeList.select')}</Typography.Text>
          </Card>
        )}
      </Flex>
    </>
  );
}
