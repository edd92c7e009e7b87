import { Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Lang, TFunction } from '../../app/i18n/translate';
import { pickName } from '../../app/i18n/translate';
import type { InstitutionSummary } from './api';
import { ExpiryDate } from './expiry-tag';
import { enumLabel, statusColor } from './labels';
import { columnSortOrder } from './registry-sort';

export function institutionColumns(
  t: TFunction,
  lang: Lang,
  sort: string,
): TableColumnsType<InstitutionSummary> {
  return [
    {
      title: t('inst.name'),
      dataIndex: 'name',
      width: 260,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: columnSortOrder(sort, 'name'),
      render: (name: string, row) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Link to={`/registry/institutions/${encodeURIComponent(row.id)}`} data-testid="institution-link">
            {name}
          </Link>
          <Typography.Text type="secondary" ellipsis={{ tooltip: row.address }} style={{ fontSize: 12 }}>
            {row.address}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('inst.category'),
      dataIndex: 'category',
      width: 150,
      render: (c: string, row) => (
        <Flex vertical>
          <span>{enumLabel(lang, 'institutionCategory', c)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {enumLabel(lang, 'ownership', row.ownership)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('registry.district'),
      key: 'district',
      width: 90,
      render: (_, row) => pickName(lang, row.districtName, row.districtNameEn),
    },
    {
      title: t('inst.beds'),
      dataIndex: 'beds',
      width: 84,
      align: 'right',
      sorter: true,
      sortDirections: ['descend'],
      sortOrder: columnSortOrder(sort, 'beds'),
      render: (beds: number | null) => beds ?? '—',
    },
    {
      title: t('inst.licenceNumber'),
      dataIndex: 'licenceNumber',
      width: 190,
      render: (n: string | null) =>
        n ? <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{n}</Typography.Text> : '—',
    },
    {
      title: t('inst.licenceValidTo'),
      dataIndex: 'licenceValidTo',
      width: 120,
      render: (d: string | null) => <ExpiryDate validTo={d} />,
    },
    {
      title: t('inst.status'),
      dataIndex: 'status',
      width: 104,
      render: (s: string) => <Tag color={statusColor(s)}>{enumLabel(lang, 'institutionStatus', s)}</Tag>,
    },
    {
      title: t('inst.practitionerCount'),
      dataIndex: 'practitionerCount',
      width: 96,
      align: 'right',
      render: (count: number, row) =>
        count > 0 ? (
          <Link to={`/registry/practitioners?institutionId=${encodeURIComponent(row.id)}`}>{count}</Link>
        ) : (
          count
        ),
    },
  ];
}
