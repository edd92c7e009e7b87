import { Card, Col, Row } from 'antd';
import { useCallback, useState } from 'react';
import { useAuth } from '../../app/auth/auth-context';
import { PageHeader } from '../../app/components/page-header';
import { useT } from '../../app/i18n/i18n-context';
import { PERMISSIONS } from '../../app/menu';
import { BatchHistory } from './batch-history';
import { BatchUpload } from './batch-upload';
import { RecordFormat } from './record-format';

/** 数据批次: upload a record file (with `screening.upload`), the record format, and past batches. */
export default function BatchesPage() {
  const t = useT();
  const { hasPermission } = useAuth();
  const [maxFileBytes, setMaxFileBytes] = useState<number | null>(null);
  const onLimits = useCallback((bytes: number) => setMaxFileBytes(bytes), []);
  const canUpload = hasPermission(PERMISSIONS.screeningUpload);
  return (
    <>
      <PageHeader title={t('screen.batches.title')} description={t('screen.batches.description')} />
      <Row gutter={[16, 16]}>
        {canUpload ? (
          <Col xs={24} xl={14} order={0}>
            <Card title={t('screen.upload.title')}>
              <BatchUpload maxFileBytes={maxFileBytes} />
            </Card>
          </Col>
        ) : null}
        {/* Without the upload card, the batches come first and the format after them. */}
        <Col xs={24} xl={canUpload ? 10 : 24} order={canUpload ? 0 : 2}>
          <Card title={t('screen.format.title')}>
            <RecordFormat />
          </Card>
        </Col>
        <Col span={24} order={1}>
          <Card title={t('screen.batch.history')}>
            <BatchHistory onLimits={onLimits} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
