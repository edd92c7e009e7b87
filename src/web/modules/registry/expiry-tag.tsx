import { Flex, Tag } from 'antd';
import { useT } from '../../app/i18n/i18n-context';
import { dateOnly, licenceExpiry, todayInShanghai } from './licence-expiry';

/** A licence end date, with a red tag when it has expired or expires within 90 days. */
export function ExpiryDate({ validTo }: { validTo: string | null | undefined }) {
  const t = useT();
  if (!validTo) return <>—</>;
  const state = licenceExpiry(validTo, todayInShanghai());
  let tag: string | null = null;
  if (state.kind === 'expired') tag = t('registry.expired');
  else if (state.kind === 'expiring')
    tag = state.days === 0 ? t('registry.expiresToday') : t('registry.expiring', { days: state.days });
  return (
    <Flex gap={4} align="center" wrap>
      <span style={{ whiteSpace: 'nowrap' }}>{dateOnly(validTo)}</span>
      {tag ? (
        <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid="licence-expiry-tag">
          {tag}
        </Tag>
      ) : null}
    </Flex>
  );
}
