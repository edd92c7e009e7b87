import { Card, Col, Row } from 'antd';
import { useCallback, useState } from 'react';
import { PageHeader } from '../../app/components/page-header';
import { useT } from '../../app/i18n/i18n-context';
import { ImportHistory } from './import-history';
import { ImportTemplates } from './import-templates';
import { ImportUpload } from './import-upload';

/** 数据导入: upload interchange files or a FHIR Bundle, get templates, see past imports. */
export default function ImportsPage() {
  const t = useT();
  const [maxFileBytes, setMaxFileBytes] = useState<number | null>(null);
  const onLimits = useCallback((bytes: number) => setMaxFileBytes(bytes), []);
  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('import.upload')}>
            <ImportUpload maxFileBytes={maxFileBytes} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('import.templates')} style={{ height: '100%' }}>
            <ImportTemplates />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('import.history')}>
            <ImportHistory onLimits={onLimits} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
