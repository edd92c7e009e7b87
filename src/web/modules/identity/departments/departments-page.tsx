import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { errorMessage } from '../../../app/api/errors';
import type { Department } from '../../../app/api/types';
import { useAuth } from '../../../app/auth/auth-context';
import { kindLabel } from '../../../app/components/labels';
import { PageHeader } from '../../../app/components/page-header';
import { useQueryState } from '../../../app/hooks/use-query-state';
import { useRemote } from '../../../app/hooks/use-remote';
import { useI18n } from '../../../app/i18n/i18n-context';
import { pickName } from '../../../app/i18n/translate';
import { PERMISSIONS } from '../../../app/menu';
import { listDepartments, patchDepartment } from '../api';
import { JurisdictionSelect, KindSelect } from '../pickers';
import { DepartmentDrawer } from './department-drawer';

const KEYS = ['q', 'jurisdiction', 'kind', 'active'] as const;

export default function DepartmentsPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const canManage = useAuth().hasPermission(PERMISSIONS.departmentsManage);
  const { values, update, page, pageSize } = useQueryState(KEYS);
  const [editing, setEditing] = useState<Department | 'new' | null>(null);

  const loader = useCallback(
    (signal: AbortSignal) => listDepartments({ ...values, page, pageSize }, signal),
    [values, page, pageSize],
  );
  const { data, error, loading, reload } = useRemote(loader);

  const toggleActive = async (dept: Department) => {
    try {
      await patchDepartment(dept.id, { active: !dept.active });
      void message.success(t('dept.updated'));
      reload();
    } catch (err) {
      void message.error(errorMessage(err, t('common.loadFailed')));
    }
  };

  const columns: TableColumnsType<Department> = [
    { title: t('dept.code'), dataIndex: 'code', width: 140 },
    {
      title: t('dept.name'),
      key: 'name',
      render: (_, d) => (
        <Flex vertical>
          <Typography.Text>{pickName(lang, d.name, d.nameEn)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {lang === 'en' ? d.name : d.nameEn}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('dept.kind'), dataIndex: 'kind', render: (k: string) => kindLabel(t, k) },
    {
      title: t('dept.jurisdiction'),
      key: 'jurisdiction',
      render: (_, d) => pickName(lang, d.jurisdictionName, d.jurisdictionNameEn),
    },
    { title: t('dept.userCount'), dataIndex: 'userCount', width: 90, align: 'right' },
    {
      title: t('dept.active'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) =>
        active ? <Tag color="success">{t('dept.statusActive')}</Tag> : <Tag>{t('dept.statusInactive')}</Tag>,
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      render: (_, d) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(d)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t(d.active ? 'dept.deactivateConfirm' : 'dept.activateConfirm', {
              name: pickName(lang, d.name, d.nameEn),
            })}
            onConfirm={() => toggleActive(d)}
            okButtonProps={{ danger: d.active }}
          >
            <Button type="link" size="small" danger={d.active}>
              {t(d.active ? 'dept.deactivate' : 'dept.activate')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('dept.title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('dept.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex className="wj-filters" gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={t('dept.search')}
            defaultValue={values.q}
            onSearch={(q) => update({ q })}
            style={{ width: 260 }}
          />
          <JurisdictionSelect
            allowClear
            placeholder={t('dept.jurisdiction')}
            value={values.jurisdiction || undefined}
            onChange={(v: string | undefined) => update({ jurisdiction: v })}
            style={{ width: 180 }}
          />
          <KindSelect
            allowClear
            placeholder={t('dept.kind')}
            value={values.kind || undefined}
            onChange={(v: string | undefined) => update({ kind: v })}
            style={{ width: 220 }}
          />
          <Select
            allowClear
            placeholder={t('dept.active')}
            value={values.active || undefined}
            onChange={(v: string | undefined) => update({ active: v })}
            options={[
              { value: 'true', label: t('dept.statusActive') },
              { value: 'false', label: t('dept.statusInactive') },
            ]}
            style={{ width: 120 }}
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
        <Table<Department>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          locale={{ emptyText: t('dept.empty') }}
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
      <DepartmentDrawer
        department={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </>
  );
}
