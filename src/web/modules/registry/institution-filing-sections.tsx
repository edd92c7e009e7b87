import { useAuth } from '../../app/auth/auth-context';
import type { InstitutionDetail } from './api';
import { ClinicFilingCard } from './clinic-filing-card';
import { LicenceHistoryCard } from './licence-history-card';
import { TechnologyFilingsCard } from './technology-filings-card';
import { ValidationsCard } from './validations-card';

/**
 * The institution's licence history, filings (诊所备案 for clinics, 限制类技术备案) and 校验 records;
 * forms for those who may maintain the registry. `onChanged` reloads the detail after a write.
 */
export function InstitutionFilingSections({
  data,
  onChanged,
}: {
  data: InstitutionDetail;
  onChanged: () => void;
}) {
  const { hasPermission } = useAuth();
  const canManage = hasPermission('registry.manage') && data.status !== 'revoked';
  const licensed = data.licence ? data.licence.departments.map((d) => d.code) : null;
  return (
    <>
      <LicenceHistoryCard licences={data.licences} />
      {data.category === 'clinic' ? (
        <ClinicFilingCard
          institutionId={data.id}
          filing={data.clinicFiling}
          licensed={licensed ?? []}
          canManage={canManage}
          onChanged={onChanged}
        />
      ) : null}
      <TechnologyFilingsCard
        institutionId={data.id}
        filings={data.technologyFilings}
        licensed={licensed}
        canManage={canManage}
        onChanged={onChanged}
      />
      <ValidationsCard
        institutionId={data.id}
        beds={data.beds ?? 0}
        validations={data.validations}
        verification={data.verification}
        canManage={canManage}
        onChanged={onChanged}
      />
    </>
  );
}
