import { Alert, Card, Col, Empty, Flex, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../app/api/errors';
import type { PublicDepartment } from '../app/api/types';
import { kindLabel } from '../app/components/labels';
import { useDocumentTitle } from '../app/components/page-header';
import { useRemote } from '../app/hooks/use-remote';
import { useI18n } from '../app/i18n/i18n-context';
import { pickName } from '../app/i18n/translate';
import { listPublicDepartments, listPublicJurisdictions } from './api';
import { groupByJurisdiction } from './group-by-jurisdiction';

function DepartmentRow({ department: d }: { department: PublicDepartment }) {
  const { t, lang } = useI18n();
  return (
    <Flex className="wj-portal-dept" justify="space-between" align="center" gap={8}>
      <Flex vertical style={{ minWidth: 0 }}>
        <Typography.Text strong>{pickName(lang, d.name, d.nameEn)}</Typography.Text>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
          {lang === 'en' ? d.name : d.nameEn}
        </Typography.Text>
      </Flex>
      <Tag color="blue" style={{ marginInlineEnd: 0, flex: 'none' }}>
        {kindLabel(t, d.kind)}
      </Tag>
    </Flex>
  );
}

export default function SupervisingBodiesPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const district = params.get('district') ?? '';
  useDocumentTitle(t('portal.bodies'));

  const jurisdictionsLoader = useCallback((signal: AbortSignal) => listPublicJurisdictions(signal), []);
  const jurisdictions = useRemote(jurisdictionsLoader);
  const departmentsLoader = useCallback(
    (signal: AbortSignal) => listPublicDepartments({ jurisdiction: district || undefined }, signal),
    [district],
  );
  const departments = useRemote(departmentsLoader);

  const groups = useMemo(
    () => groupByJurisdiction(jurisdictions.data?.items ?? [], departments.data?.items ?? []),
    [jurisdictions.data, departments.data],
  );
  const error = jurisdictions.error ?? departments.error;
  const initialLoading = !departments.data && departments.loading;

  return (
    <>
      <Flex justify="space-between" align="flex-end" gap={16} wrap style={{ marginBottom: 20 }}>
        <div>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            {t('portal.bodies')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('portal.bodiesIntro')}</Typography.Text>
        </div>
        <Select
          data-testid="district-filter"
          style={{ width: 220 }}
          value={district}
          loading={jurisdictions.loading}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('portal.district')}
          onChange={(value: string) => setParams(value ? { district: value } : {}, { replace: true })}
          options={[
            { value: '', label: t('portal.allDistricts') },
            ...(jurisdictions.data?.items ?? []).map((j) => ({
              value: j.code,
              label: pickName(lang, j.name, j.nameEn),
            })),
          ]}
        />
      </Flex>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error, t('common.loadFailed'))}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {initialLoading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : groups.length === 0 && !error ? (
        <Card>
          <Empty description={t('portal.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {groups.map((group) => (
            <Col key={group.code} xs={24} md={12} xl={8}>
              <Card
                size="small"
                title={pickName(lang, group.name, group.nameEn)}
                extra={
                  <Typography.Text type="secondary">
                    {t('portal.count', { count: group.departments.length })}
                  </Typography.Text>
                }
                data-testid="jurisdiction-group"
                style={{ height: '100%' }}
                loading={departments.loading && !departments.data}
              >
                {group.departments.map((d) => (
                  <DepartmentRow key={d.id} department={d} />
                ))}
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
