import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { PageHeader } from '../../app/components/page-header';
import { useI18n } from '../../app/i18n/i18n-context';
import { PERMISSIONS } from '../../app/menu';
import { DetailFallback, useRecordOfRoute } from '../registry/detail-state';
import { getWarning } from './api';
import { EvidenceDrugCard, EvidenceDuplicatesCard, EvidenceVolumeCard } from './evidence-extras';
import { EvidenceInstitutionCard } from './evidence-institution';
import { EvidencePractitionerCard } from './evidence-practitioner';
import { EvidenceRecordCard, EvidenceRuleCard } from './evidence-rule-record';
import { ruleTitle } from './screening-tags';
import { useRules } from './use-rules';
import { useWarningReview } from './use-warning-review';
import { BrokenFactsCard, WarningStatusCard } from './warning-status-card';

/**
 * One warning and its evidence packet, as stored when it was raised: the rule, the record, the
 * registry facts it broke, and the licence, practitioner and drug as of the service date — each
 * registry fact linked to its registry page.
 */
export default function WarningDetailPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { hasPermission } = useAuth();
  const { data, error, reload } = useRecordOfRoute(getWarning);
  const { byCode } = useRules();
  const review = useWarningReview(reload);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
      {t('screen.back')}
    </Button>
  );
  if (!data)
    return (
      <>
        <PageHeader title={t('screen.warning.title')} extra={back} />
        <DetailFallback error={error} reload={reload} listPath="/screening/warnings" />
      </>
    );

  const { evidence } = data;
  const record = evidence.record;
  const department = record?.departmentCode;
  const canAct = data.status === 'open' && hasPermission(PERMISSIONS.screeningReview);
  const actions = canAct ? (
    <>
      <Button danger onClick={() => review.dismiss([data])} data-testid="warning-dismiss">
        {t('screen.dismiss.action')}
      </Button>
      <Button type="primary" onClick={() => review.makeClue([data])} data-testid="warning-make-clue">
        {t('screen.clue.action')}
      </Button>
    </>
  ) : null;
  const rule = byCode.get(data.ruleCode);
  // Absent registry facts mean "not in the registry" for R8; other rules simply do not carry them.
  const unknownReference = evidence.rule.code === 'UNKNOWN_REFERENCE';

  return (
    <>
      <PageHeader
        title={`${t('screen.warning.title')} · ${ruleTitle(evidence.rule, lang)}`}
        description={
          <>
            {data.institutionName ?? data.institutionId} · {data.ref}
          </>
        }
        extra={
          <>
            {back}
            {actions}
          </>
        }
      />
      <Flex vertical gap={16}>
        <WarningStatusCard warning={data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              <BrokenFactsCard warning={data} />
              <EvidenceRuleCard rule={evidence.rule} basisStatus={rule?.basisStatus} />
              {record ? <EvidenceRecordCard record={record} /> : null}
            </Flex>
          </Col>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              {evidence.volume ? <EvidenceVolumeCard volume={evidence.volume} /> : null}
              {evidence.duplicates ? (
                <EvidenceDuplicatesCard duplicates={evidence.duplicates} recordId={record?.id} />
              ) : null}
              {evidence.institution || (unknownReference && record) ? (
                <EvidenceInstitutionCard
                  institution={evidence.institution}
                  asOf={evidence.asOf}
                  department={department}
                />
              ) : null}
              {evidence.practitioner || (unknownReference && record?.practitionerId) ? (
                <EvidencePractitionerCard
                  practitioner={evidence.practitioner}
                  asOf={evidence.asOf}
                  institutionId={record?.institutionId}
                  department={department}
                />
              ) : null}
              {evidence.drug ? <EvidenceDrugCard drug={evidence.drug} /> : null}
            </Flex>
          </Col>
        </Row>
        <div>
          <Link to={`/screening/warnings?batchId=${data.batchId}`}>{t('screen.warning.sameBatch')}</Link>
        </div>
      </Flex>
      {review.modals}
    </>
  );
}
