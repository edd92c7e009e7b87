/**
 * Institution names by kind, in the patterns Shanghai registries actually use: municipal
 * 「上海市第N人民医院」, district 「上海市XX区中心医院」 / 「上海市XX区XX医院」, street
 * 「XX街道社区卫生服务中心」, private 「上海XX口腔门诊部有限公司」, 「XX中医诊所」 and so on.
 */
import type { District, Street } from './data.js';
import type { ProfileId } from './departments.js';
import { CHINESE_NUMERALS, personName, tradeName } from './names.js';
import type { Rng } from './random.js';

/** 南京东路街道 → 南京东路, 周浦镇 → 周浦. */
export const streetBase = (s: Street): string => s.name.replace(/(街道|镇|乡)$/, '');

/** Public specialty hospitals at city level, then one mental-health centre per district. */
export const MUNICIPAL_SPECIALTY: readonly (readonly [string, ProfileId])[] = [
  ['上海市口腔医院', 'sp_dental'],
  ['上海市眼病防治中心', 'sp_eye'],
  ['上海市第一妇婴保健院', 'sp_obgyn'],
  ['上海市儿童医院', 'sp_child'],
  ['上海市肺科医院', 'sp_chest'],
  ['上海市精神卫生中心', 'sp_psych'],
  ['上海市皮肤病医院', 'sp_derm'],
  ['上海市肿瘤防治院', 'sp_onco'],
];

export const municipalGeneral = (i: number): string => `上海市第${CHINESE_NUMERALS[i % 10]}人民医院`;

/** District-run general hospitals in the order a district would have them. */
export function districtGeneralNames(d: District, streets: readonly Street[]): string[] {
  const towns = streets.filter((s) => s.name.endsWith('镇'));
  const local = (towns.length ? towns : streets).map((s) => `上海市${d.name}${streetBase(s)}医院`);
  return [`上海市${d.name}人民医院`, `上海市${d.name}中心医院`, ...local];
}

const SPECIALTY_SUFFIX: Partial<Record<ProfileId, readonly string[]>> = {
  sp_dental: ['口腔医院'],
  sp_eye: ['眼科医院'],
  sp_obgyn: ['妇产医院', '妇产科医院', '妇科医院'],
  sp_child: ['儿童医院', '儿科医院'],
  sp_onco: ['肿瘤医院'],
  sp_psych: ['精神康复医院', '精神病医院'],
  sp_ortho: ['骨科医院', '骨伤医院'],
  sp_chest: ['胸科医院'],
  sp_derm: ['皮肤病医院'],
};

/** A private institution's name for a kind; the caller redraws on collision. */
export function privateName(rng: Rng, kind: ProfileId, d: District): string {
  const t = tradeName(rng);
  const sh = rng.chance(0.35) ? `上海${d.short}` : '上海';
  const co = rng.chance(0.45) ? '有限公司' : '';
  switch (kind) {
    case 'ghp':
      return `${sh}${t}医院${co}`;
    case 'tcm_h':
      return `${sh}${t}中医医院${co}`;
    case 'int_h':
      return `${sh}${t}中西医结合医院${co}`;
    case 'rehab':
      return `${sh}${t}康复医院${co}`;
    case 'nursing':
      return `上海${d.short}${t}护理院${co}`;
    case 'lab':
      return rng.chance(0.5) ? `上海${t}医学检验所有限公司` : `上海${t}医学检验实验室${co}`;
    case 'mb_op':
      return `上海${t}医疗美容门诊部${co}`;
    case 'mb_clinic':
      return `上海${t}医疗美容诊所${co}`;
    case 'mb_hosp':
      return `上海${t}医疗美容医院${co}`;
    case 'op_general':
      return rng.chance(0.5) ? `${sh}${t}门诊部有限公司` : `${sh}${t}综合门诊部${co}`;
    case 'op_dental':
      return `${sh}${t}口腔门诊部${co}`;
    case 'op_tcm':
      return rng.chance(0.3) ? `${sh}${t}国医馆中医门诊部${co}` : `${sh}${t}中医门诊部${co}`;
    case 'op_int':
      return `${sh}${t}中西医结合门诊部${co}`;
    case 'op_eye':
      return `${sh}${t}眼科门诊部${co}`;
    case 'op_gyn':
      return `${sh}${t}妇科门诊部${co}`;
    case 'cl_dental':
      return rng.chance(0.2) ? `${personName(rng)}口腔诊所` : `${sh}${t}口腔诊所`;
    case 'cl_tcm':
      return rng.chance(0.3) ? `${personName(rng)}中医诊所` : `${t}中医诊所`;
    case 'cl_int':
      return `${sh}${t}中西医结合诊所`;
    case 'cl_general':
      return rng.chance(0.15)
        ? `${personName(rng)}诊所`
        : `${sh}${t}${rng.pick(['', '全科', '内科', '普通'])}诊所`;
    default: {
      const suffix = SPECIALTY_SUFFIX[kind];
      return `${sh}${t}${suffix ? rng.pick(suffix) : '医院'}${co}`;
    }
  }
}
