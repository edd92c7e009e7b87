/** Kinds of department taking part in comprehensive supervision (国办发〔2018〕63号, 部门职责). */
export const DEPARTMENT_KINDS = [
  'health_commission',
  'health_supervision',
  'market_regulation',
  'medical_insurance',
  'drug_administration',
  'tcm',
  'cdc',
  'public_security',
  'court',
  'procuratorate',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, { name: string; nameEn: string }> = {
  health_commission: { name: '卫生健康委员会', nameEn: 'Health commission' },
  health_supervision: { name: '卫生健康监督所', nameEn: 'Health supervision institute' },
  market_regulation: { name: '市场监督管理局', nameEn: 'Market regulation' },
  medical_insurance: { name: '医疗保障局', nameEn: 'Medical insurance' },
  drug_administration: { name: '药品监督管理局', nameEn: 'Drug administration' },
  tcm: { name: '中医药管理部门', nameEn: 'Traditional Chinese medicine' },
  cdc: { name: '疾病预防控制机构', nameEn: 'Disease control and prevention' },
  public_security: { name: '公安机关', nameEn: 'Public security' },
  court: { name: '人民法院', nameEn: 'Court' },
  procuratorate: { name: '人民检察院', nameEn: 'Procuratorate' },
};
