import { Empty, Flex, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-context';
import { barPercent, maxOf, shortDate, stackPercents } from './bar-scale';
import type { Dashboard } from './types';

export interface BarRow {
  key: string;
  label: string;
  total: number;
  open: number;
  href: string;
  color?: string;
}

const TRACK = {
  background: '#f0f2f5',
  borderRadius: 4,
  height: 18,
  position: 'relative',
  overflow: 'hidden',
} as const;

/**
 * Horizontal bars, one per row: the whole bar is the total, its darker part the open warnings.
 * Each row links to the warning list filtered to it.
 */
export function HorizontalBars({ rows, testId }: { rows: BarRow[]; testId: string }) {
  const t = useT();
  const max = maxOf(rows.map((r) => r.total));
  if (!rows.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('screen.dash.noData')} />;
  return (
    <Flex vertical gap={6} data-testid={testId}>
      {rows.map((row) => (
        <Link
          key={row.key}
          to={row.href}
          data-testid={`${testId}-${row.key}`}
          aria-label={`${row.label} ${row.total}`}
        >
          <Tooltip title={t('screen.dash.barTip', { total: row.total, open: row.open })}>
            <Flex align="center" gap={8} className="wj-bar-row">
              <Typography.Text ellipsis style={{ width: 230, flex: 'none' }}>
                {row.label}
              </Typography.Text>
              <div style={{ ...TRACK, flex: 1 }}>
                <div
                  style={{
                    position: 'absolute',
                    inset: 0,
                    width: `${barPercent(row.total, max)}%`,
                    background: row.color ?? '#91caff',
                    opacity: 0.45,
                  }}
                />
                <div
                  style={{
                    position: 'absolute',
                    inset: 0,
                    width: `${row.open ? barPercent(row.open, max) : 0}%`,
                    background: row.color ?? '#1677ff',
                  }}
                />
              </div>
              <Typography.Text
                strong={row.total > 0}
                type={row.total ? undefined : 'secondary'}
                style={{ width: 64, textAlign: 'right', flex: 'none' }}
              >
                {row.total.toLocaleString()}
              </Typography.Text>
            </Flex>
          </Tooltip>
        </Link>
      ))}
    </Flex>
  );
}

const SEVERITY_FILL = { high: '#ff4d4f', medium: '#fa8c16', low: '#fadb14' } as const;

/** Columns per week (Monday), stacked by severity; each links to the warnings of that week. */
export function WeekColumns({
  weeks,
  hrefOf,
}: {
  weeks: Dashboard['byWeek'];
  hrefOf: (week: string) => string;
}) {
  const t = useT();
  const max = maxOf(weeks.map((w) => w.total));
  if (!weeks.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('screen.dash.noData')} />;
  return (
    <Flex vertical gap={8}>
      <Flex
        align="flex-end"
        gap={6}
        style={{ height: 180, borderBottom: '1px solid #d9d9d9' }}
        data-testid="dash-by-week"
      >
        {weeks.map((week) => {
          // headroom above the tallest column for its count
          const parts = stackPercents(week, max * 1.15);
          const top = parts.high + parts.medium + parts.low;
          return (
            <Tooltip
              key={week.week}
              title={t('screen.dash.weekTip', {
                week: week.week,
                total: week.total,
                high: week.high,
                medium: week.medium,
                low: week.low,
              })}
            >
              <Link
                to={hrefOf(week.week)}
                style={{
                  flex: 1,
                  height: '100%',
                  display: 'flex',
                  flexDirection: 'column-reverse',
                  minWidth: 8,
                  position: 'relative',
                }}
                aria-label={`${week.week} ${week.total}`}
                data-testid={`dash-week-${week.week}`}
              >
                {(['low', 'medium', 'high'] as const).map((s) =>
                  parts[s] > 0 ? (
                    <div
                      key={s}
                      style={{ height: `${parts[s]}%`, background: SEVERITY_FILL[s], minHeight: 2 }}
                    />
                  ) : null,
                )}
                {week.total ? (
                  <span
                    style={{
                      position: 'absolute',
                      left: 0,
                      right: 0,
                      bottom: `calc(${top}% + 2px)`,
                      textAlign: 'center',
                      fontSize: 11,
                      color: 'rgba(0, 0, 0, 0.65)',
                    }}
                  >
                    {week.total}
                  </span>
                ) : null}
              </Link>
            </Tooltip>
          );
        })}
      </Flex>
      <Flex gap={6}>
        {weeks.map((week) => (
          <Typography.Text
            key={week.week}
            type="secondary"
            style={{ flex: 1, fontSize: 11, textAlign: 'center', minWidth: 8 }}
          >
            {shortDate(week.week)}
          </Typography.Text>
        ))}
      </Flex>
      <Flex gap={16} justify="center">
        {(['high', 'medium', 'low'] as const).map((s) => (
          <Flex key={s} gap={6} align="center">
            <span
              style={{
                width: 10,
                height: 10,
                background: SEVERITY_FILL[s],
                display: 'inline-block',
                borderRadius: 2,
              }}
            />
            <Typography.Text type="secondary">{t(`screen.severity.${s}`)}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}
