import { ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Row,
  Skeleton,
  Statistic,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../app/api/errors';
import { PageHeader } from '../../app/components/page-header';
import { useQueryState } from '../../app/hooks/use-query-state';
import { useRemote } from '../../app/hooks/use-remote';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { getDashboard } from './api';
import { weekRange } from './bar-scale';
import { ruleNumber } from './batch-findings';
import { type BarRow, HorizontalBars, WeekColumns } from './dashboard-bars';
import { ScopedDistrictSelect } from './scoped-district-select';
import { ruleTitle } from './screening-tags';
import { useRules } from './use-rules';
import { warningsLink } from './warning-filters';

const KEYS = ['from', 'to', 'district'] as const;
const DAY = 'YYYY-MM-DD';
const SEVERITY_BAR = { high: '#ff4d4f', medium: '#fa8c16', low: '#d4b106' } as const;

/** 预警统计: warnings by rule, district and week over a service-date range; every bar opens its warnings. */
export default function DashboardPage() {
  const { t, lang } = useI18n();
  const { values, update } = useQueryState(KEYS);
  const { byCode } = useRules();
  const loader = useCallback((signal: AbortSignal) => getDashboard(values, signal), [values]);
  const { data, error, loading, reload } = useRemote(loader);
  const scope = { from: data?.from, to: data?.to, district: values.district || undefined };

  const ruleRows: BarRow[] = [...(data?.byRule ?? [])]
    .sort(
      (a, b) =>
        ruleNumber(byCode.get(a.ruleCode) ?? { id: a.ruleId }) -
        ruleNumber(byCode.get(b.ruleCode) ?? { id: b.ruleId }),
    )
    .map((r) => ({
      key: r.ruleCode,
      label: `${r.ruleId} ${ruleTitle(byCode.get(r.ruleCode), lang) || r.ruleCode}`,
      total: r.total,
      open: r.open,
      color: SEVERITY_BAR[r.severity],
      href: warningsLink({ ...scope, rule: r.ruleCode }),
    }));
  const districtRows: BarRow[] = (data?.byDistrict ?? []).map((d) => ({
    key: d.districtCode,
    label: pickName(lang, d.districtName, d.districtNameEn),
    total: d.total,
    open: d.open,
    href: warningsLink({ ...scope, district: d.districtCode }),
  }));
  const stat = (key: 'total' | 'open' | 'dismissed' | 'clued') => (
    <Col xs={12} md={6} key={key}>
      <Link
        to={warningsLink({ ...scope, status: key === 'total' ? undefined : key })}
        data-testid={`dash-total-${key}`}
      >
        <Card hoverable size="small">
          <Statistic
            title={t(`screen.dash.${key}`)}
            value={data?.totals[key] ?? 0}
            loading={loading && !data}
          />
        </Card>
      </Link>
    </Col>
  );

  return (
    <>
      <PageHeader title={t('screen.dash.title')} description={t('screen.dash.description')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[values.from ? dayjs(values.from, DAY) : null, values.to ? dayjs(values.to, DAY) : null]}
            onChange={(range) =>
              update({ from: range?.[0]?.format(DAY) ?? null, to: range?.[1]?.format(DAY) ?? null })
            }
            placeholder={[t('screen.filter.from'), t('screen.filter.to')]}
            data-testid="dash-range"
            style={{ width: 300 }}
          />
          <ScopedDistrictSelect
            allowClear
            placeholder={t('screen.district')}
            value={values.district || undefined}
            onChange={(v: string | undefined) => update({ district: v })}
            style={{ width: 140 }}
          />
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
          {data ? (
            <Typography.Text type="secondary">
              {t('screen.dash.range', { from: data.from, to: data.to })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error, t('common.loadFailed'))}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {!data && !error ? <Skeleton active /> : null}
      {data ? (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>{(['total', 'open', 'dismissed', 'clued'] as const).map(stat)}</Row>
          {data.totals.total === 0 ? (
            <Card data-testid="dash-empty">
              <Empty description={t('screen.dash.empty')} />
            </Card>
          ) : null}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('screen.dash.byRule')} size="small" style={{ height: '100%' }}>
                <HorizontalBars rows={ruleRows} testId="dash-by-rule" />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('screen.dash.byDistrict')} size="small" style={{ height: '100%' }}>
                <HorizontalBars rows={districtRows} testId="dash-by-district" />
              </Card>
            </Col>
            <Col span={24}>
              <Card title={t('screen.dash.byWeek')} size="small">
                <WeekColumns
                  weeks={data.byWeek}
                  hrefOf={(week) =>
                    warningsLink({ ...weekRange(week, data.from, data.to), district: scope.district })
                  }
                />
              </Card>
            </Col>
          </Row>
          <Typography.Text type="secondary">{t('screen.dash.legend')}</Typography.Text>
        </Flex>
      ) : null}
    </>
  );
}
