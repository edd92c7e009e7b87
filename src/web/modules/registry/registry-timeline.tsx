import { Button, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../app/format';
import { useI18n, useT } from '../../app/i18n/i18n-context';
import { hasKey, type Lang, type TFunction } from '../../app/i18n/translate';
import type { TimelineEntry } from './api';
import { codeListDiff, isRegistrationList, registrationText } from './change-values';
import { type EnumName, enumLabel, formatChangeValue } from './labels';

const SOURCE_COLORS: Record<string, string> = { ui: 'blue', import: 'purple', seed: 'default' };

/** Field names of the API mapped to the column labels used elsewhere in the registry pages. */
const FIELD_KEYS: Record<string, string> = {
  name: 'inst.name',
  category: 'inst.category',
  status: 'inst.status',
  ownership: 'inst.ownership',
  beds: 'inst.beds',
  forProfit: 'inst.forProfit',
  isTcm: 'inst.isTcm',
  address: 'inst.address',
  streetCode: 'inst.streetCode',
  streetName: 'inst.street',
  ws218Code: 'inst.ws218Code',
  licenceValidFrom: 'inst.licenceValidFrom',
  departments: 'inst.departments',
  registrations: 'prac.registrations',
  legalRepresentative: 'inst.legalRepresentative',
  licenceNumber: 'inst.licenceNumber',
  licenceValidTo: 'inst.licenceValidTo',
  title: 'prac.professionalTitle',
  scopes: 'prac.scopes',
  certificateNo: 'prac.certificateNo',
  districtCode: 'registry.district',
};

export type TimelineSubject = 'institution' | 'practitioner';

/** Enumerated fields of filing and validation entries. */
const FILING_ENUMS: Record<string, EnumName> = {
  filingStatus: 'filingStatus',
  clinicFilingStatus: 'filingStatus',
  clinicFilingKind: 'clinicFilingKind',
  validationResult: 'validationResult',
};

/** Fields whose values are enumeration keys, shown with their labels. */
function enumOf(subject: TimelineSubject, field: string): EnumName | null {
  if (field === 'status') return subject === 'institution' ? 'institutionStatus' : 'practitionerStatus';
  if (field === 'category') return subject === 'institution' ? 'institutionCategory' : 'practitionerCategory';
  if (field === 'ownership') return 'ownership';
  if (field === 'title') return 'practitionerTitle';
  if (field === 'kind') return 'registrationKind';
  return FILING_ENUMS[field] ?? null;
}

function valueText(lang: Lang, subject: TimelineSubject, field: string, value: unknown): string {
  if (isRegistrationList(value)) return registrationText(lang, value);
  const name = enumOf(subject, field);
  return name && typeof value === 'string' ? enumLabel(lang, name, value) : formatChangeValue(value, lang);
}

function fieldLabel(t: TFunction, field: string): string {
  const key = FIELD_KEYS[field] ?? `field.${field}`;
  return hasKey(key) ? t(key) : field;
}

/** `create` / `update` and other known actions in words; unknown ones as their code. */
function actionLabel(t: TFunction, action: string): string {
  const key = `registry.action.${action}`;
  return hasKey(key) ? t(key) : action;
}

const isContext = (change: { from?: unknown; to?: unknown }) =>
  !isEmpty(change.to) && JSON.stringify(change.from) === JSON.stringify(change.to);

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

function sourceLabel(t: TFunction, source: string): string {
  const key = `registry.source.${source}`;
  return hasKey(key) ? t(key) : source;
}

/** A changed list of codes (诊疗科目, 执业范围): what was added and what removed. */
function CodeListChange({ diff }: { diff: ReturnType<typeof codeListDiff> }) {
  const t = useT();
  if (!diff) return null;
  return (
    <>
      {diff.added.length ? (
        <Typography.Text strong>
          {t('registry.added')} {diff.added.join(', ')}{' '}
        </Typography.Text>
      ) : null}
      {diff.removed.length ? (
        <Typography.Text delete>
          {t('registry.removed')} {diff.removed.join(', ')}
        </Typography.Text>
      ) : null}
    </>
  );
}

function Changes({
  changes,
  subject,
  created,
}: {
  changes: TimelineEntry['changes'];
  subject: TimelineSubject;
  /** A new record: its first values, folded away until asked for (they are on the page anyway). */
  created: boolean;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(!created);
  const entries = Object.entries(changes ?? {}).filter(
    ([, change]) => !(created && isEmpty(change.to)) && !(isEmpty(change.from) && isEmpty(change.to)),
  );
  if (entries.length === 0) return null;
  if (!open)
    return (
      <Button type="link" size="small" className="wj-changes-toggle" onClick={() => setOpen(true)}>
        {t('registry.showInitialValues', { count: entries.length })}
      </Button>
    );
  return (
    <ul className="wj-changes">
      {entries.map(([field, change]) => (
        <li key={field}>
          <Typography.Text type="secondary">{fieldLabel(t, field)}: </Typography.Text>
          {codeListDiff(change.from, change.to) ? (
            <CodeListChange diff={codeListDiff(change.from, change.to)} />
          ) : isContext(change) ? (
            // An unchanged value recorded to say which record changed (a filing's number, a period).
            <Typography.Text>{valueText(lang, subject, field, change.to)}</Typography.Text>
          ) : (
            <>
              <Typography.Text delete={change.from !== undefined && change.from !== null}>
                {valueText(lang, subject, field, change.from)}
              </Typography.Text>
              <span aria-hidden> → </span>
              <Typography.Text strong>{valueText(lang, subject, field, change.to)}</Typography.Text>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The change history of a registry record, newest first, times in China Standard Time. */
export function RegistryTimeline({
  entries,
  subject,
}: {
  entries: readonly TimelineEntry[];
  subject: TimelineSubject;
}) {
  const t = useT();
  if (entries.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.timelineEmpty')} />;
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      data-testid="registry-timeline"
      items={sorted.map((entry, i) => ({
        key: `${entry.at}-${i}`,
        content: (
          <Flex vertical gap={2}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{formatDateTime(entry.at)}</Typography.Text>
              <span>{entry.actorName ?? t('registry.system')}</span>
              <Tag color={SOURCE_COLORS[entry.source] ?? 'default'}>{sourceLabel(t, entry.source)}</Tag>
              <Typography.Text>{actionLabel(t, entry.action)}</Typography.Text>
            </Flex>
            <Changes changes={entry.changes} subject={subject} created={entry.action === 'create'} />
          </Flex>
        ),
      }))}
    />
  );
}
