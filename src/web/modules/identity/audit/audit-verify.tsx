import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../app/api/errors';
import type { AuditVerifyResult } from '../../../app/api/types';
import { useT } from '../../../app/i18n/i18n-context';
import { verifyAudit } from '../api';

export function AuditVerifyButton({ onResult }: { onResult: (result: AuditVerifyResult) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    try {
      onResult(await verifyAudit());
    } catch (err) {
      void message.error(errorMessage(err, t('common.loadFailed')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={busy}
      onClick={() => void verify()}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );
}

export function AuditVerifyResultAlert({
  result,
  onClose,
}: {
  result: AuditVerifyResult;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Alert
      data-testid="audit-verify-result"
      type={result.intact ? 'success' : 'error'}
      showIcon
      closable={{ onClose }}
      title={result.intact ? t('audit.verifyIntact') : t('audit.verifyBroken')}
      description={
        result.intact
          ? t('audit.verifyIntactDesc', { checked: result.checked })
          : t('audit.verifyBrokenDesc', {
              checked: result.checked,
              id: result.firstBrokenId ?? '—',
              reason: result.reason ?? '—',
            })
      }
      style={{ marginBottom: 16 }}
    />
  );
}
