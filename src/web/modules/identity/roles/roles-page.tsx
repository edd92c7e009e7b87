import { CheckCircleFilled, MinusOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { errorMessage } from '../../../app/api/errors';
import type { PermissionInfo } from '../../../app/api/types';
import { PageHeader } from '../../../app/components/page-header';
import { useRemote } from '../../../app/hooks/use-remote';
import { useI18n } from '../../../app/i18n/i18n-context';
import { hasKey, pickName, type TFunction } from '../../../app/i18n/translate';
import { getRoles } from '../api';

function moduleLabel(t: TFunction, module: string): string {
  const key = `module.${module}`;
  return hasKey(key) ? t(key) : module;
}

interface Row extends PermissionInfo {
  moduleSpan: number;
}

/** Rows sorted by module, with the module cell spanning its permissions. */
function toRows(permissions: PermissionInfo[]): Row[] {
  const sorted = [...permissions].sort(
    (a, b) => a.module.localeCompare(b.module) || a.key.localeCompare(b.key),
  );
  return sorted.map((p, i) => {
    const first = i === 0 || sorted[i - 1]?.module !== p.module;
    const span = first ? sorted.filter((q) => q.module === p.module).length : 0;
    return { ...p, moduleSpan: span };
  });
}

export default function RolesPage() {
  const { t, lang } = useI18n();
  const loader = useCallback((signal: AbortSignal) => getRoles(signal), []);
  const { data, error, loading } = useRemote(loader);
  const rows = useMemo(() => toRows(data?.permissions ?? []), [data]);

  const columns: TableColumnsType<Row> = [
    {
      title: t('roles.module'),
      dataIndex: 'module',
      width: 110,
      fixed: 'left',
      onCell: (row) => ({ rowSpan: row.moduleSpan }),
      render: (m: string) => <Tag>{moduleLabel(t, m)}</Tag>,
    },
    {
      title: t('roles.permission'),
      key: 'permission',
      width: 220,
      fixed: 'left',
      render: (_, p) => (
        <Flex vertical>
          <Typography.Text>{pickName(lang, p.name, p.nameEn)}</Typography.Text>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {p.key}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(data?.roles ?? []).map((role) => ({
      title: pickName(lang, role.name, role.nameEn),
      key: role.role,
      align: 'center' as const,
      width: 110,
      render: (_: unknown, p: Row) =>
        role.permissions.includes(p.key) ? (
          <CheckCircleFilled style={{ color: '#52c41a', fontSize: 16 }} aria-label={t('roles.granted')} />
        ) : (
          <MinusOutlined style={{ color: '#d9d9d9' }} aria-label={t('roles.notGranted')} />
        ),
    })),
  ];

  return (
    <>
      <PageHeader title={t('roles.title')} description={t('roles.readonly')} />
      {error ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error, t('common.loadFailed'))}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Card title={t('roles.matrix')} style={{ marginBottom: 16 }}>
        <Table<Row>
          rowKey="key"
          bordered
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <Card title={t('roles.descriptions')} loading={loading && !data}>
        <Descriptions
          column={1}
          bordered
          size="small"
          styles={{ label: { width: 180 } }}
          items={(data?.roles ?? []).map((role) => ({
            key: role.role,
            label: pickName(lang, role.name, role.nameEn),
            children: pickName(lang, role.description, role.descriptionEn),
          }))}
        />
      </Card>
    </>
  );
}
