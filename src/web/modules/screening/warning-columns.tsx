import { Flex, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import type { Lang, TFunction } from '../../app/i18n/translate';
import { pickName } from '../../app/i18n/translate';
import { ruleTitle, SeverityTag, WarningStatusTag } from './screening-tags';
import type { Rule, Warning } from './types';
import { serviceDateOrder } from './warning-filters';

const secondary = (text: string | null) =>
  text ? (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  ) : null;

/** The table width the columns need (with the selection checkbox). */
export const warningTableWidth = (showDistrict: boolean) => (showDistrict ? 1270 : 1160);

/** The columns of a warning table (the list and a clue's warnings). `sort` marks the service-date header. */
export function warningColumns(
  t: TFunction,
  lang: Lang,
  rules: ReadonlyMap<string, Rule>,
  options: { sort?: string; showDistrict?: boolean } = {},
): TableColumnsType<Warning> {
  const { sort, showDistrict = true } = options;
  const columns: TableColumnsType<Warning> = [
    {
      title: t('screen.serviceDate'),
      dataIndex: 'serviceDate',
      key: 'serviceDate',
      width: 120,
      sorter: sort !== undefined,
      sortOrder: sort !== undefined ? serviceDateOrder(sort) : undefined,
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (date: string, w) => (
        <Link to={`/screening/warnings/${w.id}`} data-testid="warning-open">
          {date}
        </Link>
      ),
    },
    {
      title: t('screen.rule'),
      key: 'rule',
      width: 210,
      render: (_: unknown, w) => {
        const rule = rules.get(w.ruleCode);
        return (
          <Flex vertical>
            <span>{ruleTitle(rule, lang) || w.ruleCode}</span>
            {secondary(`${w.ruleId} ${w.ruleCode}`)}
          </Flex>
        );
      },
    },
    {
      title: t('screen.severity'),
      dataIndex: 'severity',
      width: 80,
      render: (s: Warning['severity']) => <SeverityTag severity={s} />,
    },
    {
      title: t('screen.status'),
      key: 'status',
      width: 140,
      render: (_: unknown, w) => (
        <Flex vertical gap={2} align="flex-start">
          <WarningStatusTag status={w.status} />
          {w.clueId && w.clueNumber ? <Link to={`/screening/clues/${w.clueId}`}>{w.clueNumber}</Link> : null}
        </Flex>
      ),
    },
    {
      title: t('screen.institution'),
      key: 'institution',
      width: 230,
      render: (_: unknown, w) => (
        <Flex vertical>
          <span>{w.institutionName ?? t('screen.unknownInstitution')}</span>
          {secondary(w.institutionId)}
        </Flex>
      ),
    },
    {
      title: t('screen.practitioner'),
      key: 'practitioner',
      width: 120,
      render: (_: unknown, w) =>
        w.practitionerId ? (
          <Flex vertical>
            <span>{w.practitionerName ?? '—'}</span>
            {secondary(w.practitionerId)}
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: t('screen.district'),
      key: 'district',
      width: 110,
      render: (_: unknown, w) => pickName(lang, w.districtName, w.districtNameEn),
    },
    {
      title: t('screen.ref'),
      dataIndex: 'ref',
      width: 140,
      ellipsis: { showTitle: true },
      render: (ref: string) => <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{ref}</span>,
    },
    {
      title: t('common.actions'),
      key: 'view',
      width: 70,
      fixed: 'right',
      render: (_: unknown, w) => <Link to={`/screening/warnings/${w.id}`}>{t('screen.view')}</Link>,
    },
  ];
  return showDistrict ? columns : columns.filter((c) => c.key !== 'district');
}
