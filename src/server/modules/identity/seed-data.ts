import type { DepartmentKind } from '../../../shared/departments.js';
import type { Role } from '../../../shared/roles.js';

/** Shanghai and its 16 districts (GB/T 2260, from the NBS division codes). */
export const SHANGHAI = { code: '310000', name: '上海市', nameEn: 'Shanghai' };
export const SHANGHAI_DISTRICTS = [
  { code: '310101', name: '黄浦区', nameEn: 'Huangpu District', abbr: 'HP' },
  { code: '310104', name: '徐汇区', nameEn: 'Xuhui District', abbr: 'XH' },
  { code: '310105', name: '长宁区', nameEn: 'Changning District', abbr: 'CN' },
  { code: '310106', name: '静安区', nameEn: "Jing'an District", abbr: 'JA' },
  { code: '310107', name: '普陀区', nameEn: 'Putuo District', abbr: 'PT' },
  { code: '310109', name: '虹口区', nameEn: 'Hongkou District', abbr: 'HK' },
  { code: '310110', name: '杨浦区', nameEn: 'Yangpu District', abbr: 'YP' },
  { code: '310112', name: '闵行区', nameEn: 'Minhang District', abbr: 'MH' },
  { code: '310113', name: '宝山区', nameEn: 'Baoshan District', abbr: 'BS' },
  { code: '310114', name: '嘉定区', nameEn: 'Jiading District', abbr: 'JD' },
  { code: '310115', name: '浦东新区', nameEn: 'Pudong New Area', abbr: 'PD' },
  { code: '310116', name: '金山区', nameEn: 'Jinshan District', abbr: 'JS' },
  { code: '310117', name: '松江区', nameEn: 'Songjiang District', abbr: 'SJ' },
  { code: '310118', name: '青浦区', nameEn: 'Qingpu District', abbr: 'QP' },
  { code: '310120', name: '奉贤区', nameEn: 'Fengxian District', abbr: 'FX' },
  { code: '310151', name: '崇明区', nameEn: 'Chongming District', abbr: 'CM' },
] as const;

export interface SeedDepartment {
  code: string;
  name: string;
  nameEn: string;
  kind: DepartmentKind;
  jurisdictionCode: string;
}

export const CITY_DEPARTMENTS: Omit<SeedDepartment, 'jurisdictionCode'>[] = [
  {
    code: 'SH-WJW',
    name: '上海市卫生健康委员会',
    nameEn: 'Shanghai Municipal Health Commission',
    kind: 'health_commission',
  },
  {
    code: 'SH-WJJD',
    name: '上海市卫生健康委员会监督所',
    nameEn: 'Shanghai Municipal Health Supervision Institute',
    kind: 'health_supervision',
  },
  {
    code: 'SH-SCJG',
    name: '上海市市场监督管理局',
    nameEn: 'Shanghai Administration for Market Regulation',
    kind: 'market_regulation',
  },
  {
    code: 'SH-YB',
    name: '上海市医疗保障局',
    nameEn: 'Shanghai Healthcare Security Administration',
    kind: 'medical_insurance',
  },
  {
    code: 'SH-YJ',
    name: '上海市药品监督管理局',
    nameEn: 'Shanghai Medical Products Administration',
    kind: 'drug_administration',
  },
  {
    code: 'SH-ZYY',
    name: '上海市中医药管理局',
    nameEn: 'Shanghai Administration of Traditional Chinese Medicine',
    kind: 'tcm',
  },
  {
    code: 'SH-JK',
    name: '上海市疾病预防控制中心',
    nameEn: 'Shanghai Center for Disease Control and Prevention',
    kind: 'cdc',
  },
  { code: 'SH-GA', name: '上海市公安局', nameEn: 'Shanghai Public Security Bureau', kind: 'public_security' },
  { code: 'SH-FY', name: '上海市高级人民法院', nameEn: "Shanghai High People's Court", kind: 'court' },
  {
    code: 'SH-JCY',
    name: '上海市人民检察院',
    nameEn: "Shanghai People's Procuratorate",
    kind: 'procuratorate',
  },
];

/** The departments every district has, named after the district. */
export function districtDepartments(d: (typeof SHANGHAI_DISTRICTS)[number]): SeedDepartment[] {
  const short = d.name.replace(/新区$|区$/, '');
  const en = d.nameEn.replace(/ District$| New Area$/, '');
  const row = (suffix: string, name: string, nameEn: string, kind: DepartmentKind): SeedDepartment => ({
    code: `${d.abbr}-${suffix}`,
    name,
    nameEn,
    kind,
    jurisdictionCode: d.code,
  });
  return [
    row('WJW', `${d.name}卫生健康委员会`, `${d.nameEn} Health Commission`, 'health_commission'),
    row(
      'WJJD',
      `${d.name}卫生健康委员会监督所`,
      `${d.nameEn} Health Supervision Institute`,
      'health_supervision',
    ),
    row(
      'SCJG',
      `${d.name}市场监督管理局`,
      `${d.nameEn} Administration for Market Regulation`,
      'market_regulation',
    ),
    row('YB', `${d.name}医疗保障局`, `${d.nameEn} Healthcare Security Administration`, 'medical_insurance'),
    row('JK', `${d.name}疾病预防控制中心`, `${d.nameEn} Center for Disease Control and Prevention`, 'cdc'),
    row(
      'GA',
      `上海市公安局${short}分局`,
      `Shanghai Public Security Bureau, ${en} Sub-bureau`,
      'public_security',
    ),
    row('FY', `${d.name}人民法院`, `${d.nameEn} People's Court`, 'court'),
    row('JCY', `${d.name}人民检察院`, `${d.nameEn} People's Procuratorate`, 'procuratorate'),
  ];
}

export interface SeedUser {
  username: string;
  displayName: string;
  roles: Role[];
  departmentCode: string;
}

/** The demo password of every demo account (README lists them). */
export const DEMO_PASSWORD = 'Weijian@2026';

const city: SeedUser[] = [
  { username: 'admin', displayName: '王建华', roles: ['admin'], departmentCode: 'SH-WJJD' },
  { username: 'sh.auditor', displayName: '李静', roles: ['auditor'], departmentCode: 'SH-WJW' },
  { username: 'sh.leader', displayName: '陈志强', roles: ['leader'], departmentCode: 'SH-WJJD' },
  { username: 'sh.legal', displayName: '刘芳', roles: ['legal_reviewer'], departmentCode: 'SH-WJJD' },
  { username: 'sh.inspector1', displayName: '张伟', roles: ['inspector'], departmentCode: 'SH-WJJD' },
  { username: 'sh.inspector2', displayName: '赵敏', roles: ['inspector'], departmentCode: 'SH-WJJD' },
  { username: 'sh.inspector3', displayName: '孙磊', roles: ['inspector'], departmentCode: 'SH-WJJD' },
  { username: 'sh.scjg', displayName: '周琳', roles: ['liaison'], departmentCode: 'SH-SCJG' },
  { username: 'sh.yb', displayName: '吴刚', roles: ['liaison'], departmentCode: 'SH-YB' },
  { username: 'sh.yj', displayName: '郑丽', roles: ['liaison'], departmentCode: 'SH-YJ' },
  { username: 'sh.ga', displayName: '冯军', roles: ['liaison'], departmentCode: 'SH-GA' },
  { username: 'sh.jcy', displayName: '何洁', roles: ['liaison'], departmentCode: 'SH-JCY' },
  { username: 'sh.fy', displayName: '许强', roles: ['liaison'], departmentCode: 'SH-FY' },
];

// Five districts with a full team (admin, two inspectors, a legal reviewer, a leader).
const TEAMS: [string, string[]][] = [
  ['HP', ['黄晓明', '杨帆', '朱婷', '胡斌', '郭亮']],
  ['XH', ['林晓燕', '高翔', '罗佳', '梁伟', '宋雨']],
  ['PD', ['谢宏', '韩雪', '唐杰', '曹颖', '许文']],
  ['MH', ['邓超', '彭丽', '萧峰', '田野', '董洁']],
  ['JA', ['袁明', '潘婷', '蒋涛', '蔡琴', '余波']],
];
const TEAM_ROLES: [string, Role][] = [
  ['admin', 'admin'],
  ['inspector1', 'inspector'],
  ['inspector2', 'inspector'],
  ['legal', 'legal_reviewer'],
  ['leader', 'leader'],
];

const districts: SeedUser[] = TEAMS.flatMap(([abbr, names]) =>
  TEAM_ROLES.map(([suffix, role], i) => ({
    username: `${abbr.toLowerCase()}.${suffix}`,
    displayName: names[i] ?? suffix,
    roles: [role],
    departmentCode: `${abbr}-WJJD`,
  })),
);

export const DEMO_USERS: SeedUser[] = [
  ...city,
  ...districts,
  { username: 'cn.inspector1', displayName: '沈浩', roles: ['inspector'], departmentCode: 'CN-WJJD' },
  { username: 'yp.inspector1', displayName: '钱梅', roles: ['inspector'], departmentCode: 'YP-WJJD' },
];
