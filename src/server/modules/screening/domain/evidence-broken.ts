/**
 * The lines of an evidence packet that say, in both languages, which registry fact a record
 * broke (R1–R9); R10's line is written with its totals (evidence.ts).
 */
import type { BrokenFact, DuplicateGroup, EvidenceParts } from './evidence.js';
import { maxAntibioticLevel, type TITLES } from './facts.js';
import type { RuleDefinition } from './rules.js';

const list = (codes: readonly string[]) => (codes.length ? codes.join('、') : '—');
const listEn = (codes: readonly string[]) => (codes.length ? codes.join(', ') : 'none');

/** The registry facts of rule R1–R9 that the record broke. */
export function brokenFacts(
  rule: RuleDefinition,
  day: string,
  parts: EvidenceParts,
  group?: DuplicateGroup,
): BrokenFact[] {
  const { record, institution: i, practitioner: p, drug: d } = parts;
  const permit = i?.permit;
  const permitName =
    permit?.kind === 'filing' ? ['诊所备案', 'clinic filing'] : ['执业许可证', 'practice licence'];
  switch (rule.code) {
    case 'LICENCE_INVALID': {
      const out: BrokenFact[] = [];
      if (i && i.status !== 'active')
        out.push({
          fact: 'institution.status',
          zh: `机构 ${i.id} 在 ${day} 的状态为 ${i.status}（非正常执业）`,
          en: `institution ${i.id} was ${i.status} on ${day}, not active`,
        });
      if (!permit || permit.kind === 'none')
        out.push({
          fact: 'institution.licence',
          zh: `机构 ${record.institutionId} 无执业许可证或诊所备案`,
          en: `institution ${record.institutionId} holds no practice licence or clinic filing`,
        });
      else if (day < permit.validFrom || (permit.validTo !== null && day > permit.validTo))
        out.push({
          fact: 'institution.licence.validity',
          zh: `${permitName[0]} ${permit.number} 有效期 ${permit.validFrom} 至 ${permit.validTo ?? '长期'}，服务日期 ${day} 不在其内`,
          en: `${permitName[1]} ${permit.number} is valid ${permit.validFrom} to ${permit.validTo ?? 'open'}; the service date ${day} is outside it`,
        });
      return out;
    }
    case 'DEPT_NOT_LICENSED': {
      const granted = permit && permit.kind !== 'none' ? permit.departments : [];
      const number = permit && permit.kind !== 'none' ? permit.number : '—';
      return [
        {
          fact: 'institution.licence.departments',
          zh: `${permitName[0]} ${number} 登记的诊疗科目（${list(granted)}）不含科目 ${record.departmentCode}`,
          en: `${permitName[1]} ${number} lists departments ${listEn(granted)}, none covering ${record.departmentCode}`,
        },
      ];
    }
    case 'NOT_REGISTERED_HERE': {
      const at = p?.registrations.map((r) => r.institutionId) ?? [];
      return [
        {
          fact: 'practitioner.registrations',
          zh: `医师 ${record.practitionerId} 在 ${day} 的注册及备案执业机构为 ${list(at)}，不含 ${record.institutionId}`,
          en: `on ${day} practitioner ${record.practitionerId} was registered at ${listEn(at)}, not at ${record.institutionId}`,
        },
      ];
    }
    case 'OUT_OF_SCOPE':
      return [
        {
          fact: 'practitioner.scopes',
          zh: `医师 ${record.practitionerId} 的执业范围（${list(p?.scopes ?? [])}）不含科目 ${record.departmentCode}`,
          en: `practice scopes of ${record.practitionerId} (${listEn(p?.scopes ?? [])}) do not cover ${record.departmentCode}`,
        },
      ];
    case 'PRACTITIONER_NOT_ACTIVE':
      return [
        {
          fact: 'practitioner.status',
          zh: `医师 ${record.practitionerId} 在 ${day} 的状态为 ${p?.status}`,
          en: `practitioner ${record.practitionerId} was ${p?.status} on ${day}`,
        },
      ];
    case 'ANTIBIOTIC_PRIVILEGE': {
      const max = p ? maxAntibioticLevel(p.title as (typeof TITLES)[number]) : 0;
      return [
        {
          fact: 'drug.antibioticLevel',
          zh: `药品 ${record.itemCode} 为 ${d?.antibioticLevel} 级抗菌药物，职称 ${p?.title} 最高可开具 ${max} 级`,
          en: `drug ${record.itemCode} is antibiotic level ${d?.antibioticLevel}; title ${p?.title} may prescribe up to level ${max}`,
        },
      ];
    }
    case 'PRICE_OVER_CAP':
      return [
        {
          fact: 'drug.priceCap',
          zh: `单价 ${record.unitPrice} 元高于限价 ${d?.priceCap} 元`,
          en: `unit price ${record.unitPrice} is above the cap ${d?.priceCap}`,
        },
      ];
    case 'UNKNOWN_REFERENCE': {
      const out: BrokenFact[] = [];
      if (!i)
        out.push({
          fact: 'institution',
          zh: `机构 ${record.institutionId} 不在登记库中`,
          en: `institution ${record.institutionId} is not in the registry`,
        });
      if (!p)
        out.push({
          fact: 'practitioner',
          zh: `医师 ${record.practitionerId} 不在登记库中`,
          en: `practitioner ${record.practitionerId} is not in the registry`,
        });
      if (parts.isDrug && !d)
        out.push({
          fact: 'drug',
          zh: `药品 ${record.itemCode} 不在药品目录中`,
          en: `drug ${record.itemCode} is not in the drug list`,
        });
      return out;
    }
    case 'DUPLICATE_CHARGE':
      return [
        {
          fact: 'record.duplicate',
          zh: `同一机构、患者、项目、日期共 ${group?.records.length} 条记录，保留编号最小的 ${group?.kept}`,
          en: `${group?.records.length} records share institution, patient, item and date; ${group?.kept} (smallest id) is kept`,
        },
      ];
    default:
      return [];
  }
}
