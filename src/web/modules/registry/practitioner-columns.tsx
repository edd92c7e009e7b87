import { Space, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { Lang, TFunction } from '../../app/i18n/translate';
import { pickName } from '../../app/i18n/translate';
import type { PractitionerSummary } from './api';
import { enumLabel, statusColor } from './labels';
import { columnSortOrder } from './registry-sort';

export function practitionerColumns(
  t: TFunction,
  lang: Lang,
  sort: string,
  scopeNames: ReadonlyMap<string, string>,
): TableColumnsType<PractitionerSummary> {
  return [
    {
      title: t('prac.name'),
      dataIndex: 'name',
      width: 140,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: columnSortOrder(sort, 'name'),
      render: (name: string, row) => (
        <Link to={`/registry/practitioners/${encodeURIComponent(row.id)}`} data-testid="practitioner-link">
          {name}
        </Link>
      ),
    },
    {
      title: t('prac.category'),
      dataIndex: 'category',
      width: 100,
      render: (c: string) => enumLabel(lang, 'practitionerCategory', c),
    },
    {
      title: t('prac.professionalTitle'),
      dataIndex: 'title',
      width: 130,
      render: (v: string) => enumLabel(lang, 'practitionerTitle', v),
    },
    {
      title: t('prac.scopes'),
      dataIndex: 'scopes',
      render: (scopes: string[]) =>
        scopes.length === 0 ? (
          '—'
        ) : (
          <Space size={[4, 4]} wrap>
            {scopes.map((code) => (
              <Tooltip key={code} title={code}>
                <Tag style={{ marginInlineEnd: 0 }}>{scopeNames.get(code) ?? code}</Tag>
              </Tooltip>
            ))}
          </Space>
        ),
    },
    {
      title: t('prac.primaryInstitution'),
      key: 'primaryInstitution',
      render: (_, row) =>
        row.primaryInstitutionId ? (
          <Space orientation="vertical" size={0}>
            <Link to={`/registry/institutions/${encodeURIComponent(row.primaryInstitutionId)}`}>
              {row.primaryInstitutionName ?? row.primaryInstitutionId}
            </Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {pickName(lang, row.districtName, row.districtNameEn)}
            </Typography.Text>
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('prac.multiSiteCount'),
      dataIndex: 'multiSiteCount',
      width: 120,
      align: 'right',
    },
    {
      title: t('prac.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: string) => <Tag color={statusColor(s)}>{enumLabel(lang, 'practitionerStatus', s)}</Tag>,
    },
  ];
}
