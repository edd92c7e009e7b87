import { CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n/i18n-context';
import { ScopedDistrictSelect } from './scoped-district-select';
import { ruleTitle } from './screening-tags';
import { useRules } from './use-rules';
import { joinRuleList, normaliseSort, parseRuleList, type WarningFilterKey } from './warning-filters';

const DAY = 'YYYY-MM-DD';
type Update = (patch: Partial<Record<WarningFilterKey, string | null | undefined>>) => void;

/** The warning list's filters; every change goes to the URL (and back to page 1). */
export function WarningFilterBar({
  values,
  update,
  reload,
}: {
  values: Record<WarningFilterKey, string>;
  update: Update;
  reload: () => void;
}) {
  const { t, lang } = useI18n();
  const { rules, loading } = useRules();
  return (
    <Flex className="wj-filters" gap={12} wrap>
      <Input.Search
        key={values.q}
        allowClear
        placeholder={t('screen.filter.q')}
        defaultValue={values.q}
        onSearch={(q) => update({ q: q.trim() })}
        style={{ width: 260 }}
        data-testid="warning-search"
      />
      <ScopedDistrictSelect
        allowClear
        placeholder={t('screen.district')}
        value={values.district || undefined}
        onChange={(v: string | undefined) => update({ district: v })}
        style={{ width: 130 }}
        data-testid="warning-district"
      />
      <Select
        mode="multiple"
        allowClear
        loading={loading}
        maxTagCount="responsive"
        placeholder={t('screen.filter.rule')}
        value={parseRuleList(values.rule)}
        onChange={(codes: string[]) => update({ rule: joinRuleList(codes) })}
        options={rules.map((r) => ({ value: r.code, label: `${r.id} ${ruleTitle(r, lang)}` }))}
        popupMatchSelectWidth={false}
        style={{ width: 260 }}
        data-testid="warning-rule"
      />
      <Select
        allowClear
        placeholder={t('screen.severity')}
        value={values.severity || undefined}
        onChange={(v: string | undefined) => update({ severity: v })}
        options={(['high', 'medium', 'low'] as const).map((s) => ({
          value: s,
          label: t(`screen.severity.${s}`),
        }))}
        style={{ width: 110 }}
        data-testid="warning-severity"
      />
      <Select
        allowClear
        placeholder={t('screen.status')}
        value={values.status || undefined}
        onChange={(v: string | undefined) => update({ status: v })}
        options={(['open', 'dismissed', 'clued'] as const).map((s) => ({
          value: s,
          label: t(`screen.warningStatus.${s}`),
        }))}
        style={{ width: 110 }}
        data-testid="warning-status-filter"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        value={[values.from ? dayjs(values.from, DAY) : null, values.to ? dayjs(values.to, DAY) : null]}
        onChange={(range) =>
          update({ from: range?.[0]?.format(DAY) ?? null, to: range?.[1]?.format(DAY) ?? null })
        }
        placeholder={[t('screen.filter.from'), t('screen.filter.to')]}
        style={{ width: 300 }}
      />
      <Select
        aria-label={t('screen.filter.sort')}
        value={normaliseSort(values.sort)}
        onChange={(v: string) => update({ sort: v === '-serviceDate' ? null : v })}
        options={[
          { value: '-serviceDate', label: t('screen.sort.serviceDateDesc') },
          { value: 'serviceDate', label: t('screen.sort.serviceDateAsc') },
          { value: 'severity', label: t('screen.sort.severity') },
          { value: '-createdAt', label: t('screen.sort.createdAt') },
        ]}
        popupMatchSelectWidth={false}
        style={{ width: 150 }}
      />
      <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
      {values.batchId ? (
        <Tag
          closable
          closeIcon={<CloseOutlined />}
          onClose={() => update({ batchId: null })}
          style={{ alignSelf: 'center' }}
          data-testid="warning-batch-filter"
        >
          {t('screen.filter.batch', { id: values.batchId.slice(0, 8) })}
        </Tag>
      ) : null}
      {values.institutionId ? (
        <Tag closable onClose={() => update({ institutionId: null })} style={{ alignSelf: 'center' }}>
          {t('screen.filter.institution', { id: values.institutionId })}
        </Tag>
      ) : null}
    </Flex>
  );
}
