/**
 * Kinds of institution the demo registry draws: each maps to an interchange category, a 诊疗科目
 * profile, a WS 218-2002 机构类别代码 (used inside the licence number), a bed range, the expected
 * medical staff and the mix of 执业类别 among that staff.
 */
import type { ProfileId } from './departments.js';

export type InstitutionCategory =
  | 'general_hospital'
  | 'specialty_hospital'
  | 'tcm_hospital'
  | 'integrated_hospital'
  | 'community_health_center'
  | 'clinic'
  | 'outpatient_department'
  | 'medical_beauty'
  | 'maternal_child'
  | 'rehabilitation'
  | 'nursing_home'
  | 'clinical_lab';

export type Setting = 'hospital' | 'primary' | 'small';

export interface Kind {
  id: ProfileId;
  category: InstitutionCategory;
  /** WS 218-2002 code; 医学检验实验室 (2017) has none there, Z900 stands in. */
  ws218: string;
  beds: readonly [number, number];
  /** Medical staff (physicians) when beds are 0; otherwise beds × staffPerBed + this. */
  staff: readonly [number, number];
  staffPerBed: number;
  /** Weights for clinical, tcm, dental, public_health. */
  mix: readonly [number, number, number, number];
  setting: Setting;
  isTcm: boolean;
}

const k = (
  id: ProfileId,
  category: InstitutionCategory,
  ws218: string,
  beds: readonly [number, number],
  staff: readonly [number, number],
  staffPerBed: number,
  mix: readonly [number, number, number, number],
  setting: Setting,
  isTcm = false,
): Kind => ({ id, category, ws218, beds, staff, staffPerBed, mix, setting, isTcm });

export const KINDS: Record<ProfileId, Kind> = {
  gh3: k('gh3', 'general_hospital', 'A100', [800, 2000], [20, 60], 0.61, [88, 6, 4, 2], 'hospital'),
  gh2: k('gh2', 'general_hospital', 'A100', [300, 800], [10, 30], 0.58, [87, 7, 4, 2], 'hospital'),
  ghp: k('ghp', 'general_hospital', 'A100', [80, 500], [5, 15], 0.48, [88, 6, 6, 0], 'hospital'),
  sp_dental: k(
    'sp_dental',
    'specialty_hospital',
    'A511',
    [20, 120],
    [40, 160],
    0.2,
    [6, 0, 94, 0],
    'hospital',
  ),
  sp_eye: k('sp_eye', 'specialty_hospital', 'A512', [30, 200], [15, 50], 0.4, [100, 0, 0, 0], 'hospital'),
  sp_obgyn: k(
    'sp_obgyn',
    'specialty_hospital',
    'A518',
    [50, 800],
    [10, 40],
    0.33,
    [100, 0, 0, 0],
    'hospital',
  ),
  sp_child: k(
    'sp_child',
    'specialty_hospital',
    'A519',
    [100, 900],
    [10, 40],
    0.38,
    [96, 0, 3, 1],
    'hospital',
  ),
  sp_onco: k('sp_onco', 'specialty_hospital', 'A514', [100, 1500], [10, 40], 0.56, [94, 6, 0, 0], 'hospital'),
  sp_psych: k(
    'sp_psych',
    'specialty_hospital',
    'A520',
    [150, 1200],
    [5, 20],
    0.12,
    [100, 0, 0, 0],
    'hospital',
  ),
  sp_ortho: k('sp_ortho', 'specialty_hospital', 'A526', [50, 300], [5, 20], 0.48, [96, 4, 0, 0], 'hospital'),
  sp_chest: k(
    'sp_chest',
    'specialty_hospital',
    'A516',
    [300, 1200],
    [10, 40],
    0.35,
    [100, 0, 0, 0],
    'hospital',
  ),
  sp_derm: k('sp_derm', 'specialty_hospital', 'A522', [20, 150], [10, 40], 0.48, [100, 0, 0, 0], 'hospital'),
  tcm_h: k('tcm_h', 'tcm_hospital', 'A210', [200, 900], [10, 30], 0.58, [28, 72, 0, 0], 'hospital', true),
  int_h: k(
    'int_h',
    'integrated_hospital',
    'A300',
    [150, 700],
    [10, 30],
    0.34,
    [45, 55, 0, 0],
    'hospital',
    true,
  ),
  chc: k('chc', 'community_health_center', 'B100', [0, 120], [25, 80], 0.05, [72, 12, 6, 10], 'primary'),
  mch: k('mch', 'maternal_child', 'G100', [0, 300], [20, 60], 0.48, [85, 0, 2, 13], 'hospital'),
  rehab: k('rehab', 'rehabilitation', 'A527', [50, 400], [4, 12], 0.24, [75, 25, 0, 0], 'hospital'),
  nursing: k('nursing', 'nursing_home', 'A710', [100, 500], [3, 8], 0.02, [90, 10, 0, 0], 'small'),
  lab: k('lab', 'clinical_lab', 'Z900', [0, 0], [2, 8], 0, [100, 0, 0, 0], 'small'),
  cl_general: k('cl_general', 'clinic', 'D211', [0, 0], [1, 3], 0, [100, 0, 0, 0], 'small'),
  cl_dental: k('cl_dental', 'clinic', 'D215', [0, 0], [1, 5], 0, [0, 0, 100, 0], 'small'),
  cl_tcm: k('cl_tcm', 'clinic', 'D212', [0, 0], [1, 3], 0, [0, 100, 0, 0], 'small', true),
  cl_int: k('cl_int', 'clinic', 'D213', [0, 0], [1, 4], 0, [40, 60, 0, 0], 'small', true),
  op_general: k('op_general', 'outpatient_department', 'D110', [0, 0], [4, 18], 0, [85, 5, 10, 0], 'small'),
  op_dental: k('op_dental', 'outpatient_department', 'D152', [0, 0], [3, 12], 0, [0, 0, 100, 0], 'small'),
  op_tcm: k('op_tcm', 'outpatient_department', 'D120', [0, 0], [3, 12], 0, [0, 100, 0, 0], 'small', true),
  op_int: k('op_int', 'outpatient_department', 'D130', [0, 0], [3, 10], 0, [45, 55, 0, 0], 'small', true),
  op_eye: k('op_eye', 'outpatient_department', 'D153', [0, 0], [2, 8], 0, [100, 0, 0, 0], 'small'),
  op_gyn: k('op_gyn', 'outpatient_department', 'D151', [0, 0], [2, 8], 0, [100, 0, 0, 0], 'small'),
  mb_op: k('mb_op', 'medical_beauty', 'D154', [0, 0], [2, 10], 0, [88, 4, 8, 0], 'small'),
  mb_clinic: k('mb_clinic', 'medical_beauty', 'D216', [0, 0], [1, 3], 0, [96, 2, 2, 0], 'small'),
  mb_hosp: k('mb_hosp', 'medical_beauty', 'A529', [20, 80], [12, 40], 0.32, [85, 5, 10, 0], 'hospital'),
};

/** Share of each category in the registry (the remainder goes to clinics). */
export const CATEGORY_SHARE: readonly (readonly [InstitutionCategory, number])[] = [
  ['general_hospital', 0.014],
  ['specialty_hospital', 0.022],
  ['tcm_hospital', 0.005],
  ['integrated_hospital', 0.003],
  ['community_health_center', 0.045], // capped at one per street (216)
  ['maternal_child', 0.0034],
  ['rehabilitation', 0.006],
  ['nursing_home', 0.03],
  ['clinical_lab', 0.01],
  ['medical_beauty', 0.06],
  ['outpatient_department', 0.26],
];

/** Sub-kinds drawn inside a category (for the private part of it). */
export const SUB_KINDS: Partial<Record<InstitutionCategory, readonly (readonly [ProfileId, number])[]>> = {
  specialty_hospital: [
    ['sp_dental', 25],
    ['sp_eye', 12],
    ['sp_obgyn', 15],
    ['sp_child', 5],
    ['sp_onco', 5],
    ['sp_psych', 10],
    ['sp_ortho', 12],
    ['sp_derm', 6],
  ],
  clinic: [
    ['cl_dental', 40],
    ['cl_general', 30],
    ['cl_tcm', 25],
    ['cl_int', 5],
  ],
  outpatient_department: [
    ['op_general', 35],
    ['op_dental', 35],
    ['op_tcm', 18],
    ['op_int', 5],
    ['op_eye', 3],
    ['op_gyn', 4],
  ],
  medical_beauty: [
    ['mb_op', 60],
    ['mb_clinic', 32],
    ['mb_hosp', 8],
  ],
};
