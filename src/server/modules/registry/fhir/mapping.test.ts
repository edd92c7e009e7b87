import { describe, expect, it } from 'vitest';
import { validateR4 } from '../../../../../test/fhir-validator.js';
import { importProblem } from '../domain/problems.js';
import { isUnifiedSocialCreditCode, splitChineseName } from './chinese.js';
import { CS, EXT, SID } from './codes.js';
import { fhirId } from './fhir-ids.js';
import { fhirBundleToRows } from './from-fhir.js';
import { locateProblems } from './problems.js';
import type { InstitutionRecord, PractitionerRecord, Vocabulary } from './records.js';
import { institutionEntries, organizationOf, practitionerEntries } from './to-fhir.js';

const vocabulary: Vocabulary = {
  cityName: '上海市',
  districts: new Map([['310101', '黄浦区']]),
  departments: new Map([
    ['03', '内科'],
    ['12', '口腔科'],
  ]),
  ws218: new Map([['A100', '综合医院']]),
};

const institution: InstitutionRecord = {
  id: '12310101MA1G00011B',
  name: '上海市第一人民医院',
  category: 'general_hospital',
  ws218Code: 'A100',
  ownership: 'public',
  forProfit: false,
  isTcm: false,
  districtCode: '310101',
  streetCode: null,
  streetName: '外滩街道',
  address: '上海市黄浦区武进路85号',
  beds: 1200,
  legalRepresentative: '',
  status: 'revoked',
  updatedAt: new Date('2026-01-02T03:04:05Z'),
  licence: { number: 'L-1', validFrom: '2021-03-15', validTo: '2026-03-14', departments: ['03', '12'] },
};

const practitioner: PractitionerRecord = {
  id: 'doc_1',
  name: 'Ayşe Demir',
  category: 'dental',
  scopes: ['12'],
  title: 'chief',
  status: 'active',
  certificateNo: null,
  updatedAt: new Date('2026-01-02T03:04:05Z'),
  registrations: [
    {
      institutionId: institution.id,
      institutionName: institution.name,
      kind: 'primary',
      validFrom: '2020-01-01',
    },
    { institutionId: 'elsewhere', institutionName: '别处医院', kind: 'multi_site', validFrom: '2022-05-01' },
  ],
};

const bundleOf = (entries: unknown[], type = 'collection') => ({
  resourceType: 'Bundle',
  type,
  entry: entries,
});
const entries = () => [
  ...institutionEntries(institution, vocabulary),
  ...practitionerEntries(practitioner, vocabulary, (id) => id === institution.id),
];

describe('Chinese names and codes', () => {
  it('splits surnames, compound ones included, and leaves other names whole', () => {
    expect(splitChineseName('张三丰')).toEqual({ family: '张', given: '三丰' });
    expect(splitChineseName('欧阳修')).toEqual({ family: '欧阳', given: '修' });
    expect(splitChineseName('司马光')).toEqual({ family: '司马', given: '光' });
    expect(splitChineseName('李四')).toEqual({ family: '李', given: '四' });
    expect(splitChineseName('买买提·艾力')).toBeNull();
    expect(splitChineseName('John Smith')).toBeNull();
  });

  it('recognises a 统一社会信用代码 by its check character', () => {
    expect(isUnifiedSocialCreditCode('12310101MA1G00011B')).toBe(true);
    expect(isUnifiedSocialCreditCode('12310104425000030K')).toBe(true);
    expect(isUnifiedSocialCreditCode('12310104425000030L')).toBe(false);
    expect(isUnifiedSocialCreditCode('12310104I25000030K')).toBe(false);
    expect(isUnifiedSocialCreditCode('1231010442500003')).toBe(false);
  });

  it('keeps ids FHIR allows and hashes the others stably', () => {
    expect(fhirId('91310101-A.1')).toBe('91310101-A.1');
    expect(fhirId('doc_1')).toMatch(/^h-[0-9a-f]{40}$/);
    expect(fhirId('doc_1')).toBe(fhirId('doc_1'));
    expect(fhirId('x'.repeat(65))).not.toBe(fhirId('x'.repeat(66)));
  });
});

describe('registry → FHIR → rows', () => {
  it('produces resources the independent R4 validator accepts, and it does catch broken ones', () => {
    for (const entry of entries()) expect(validateR4(entry.resource)).toEqual([]);
    const broken = { ...organizationOf(institution, vocabulary), active: 'no' };
    expect(validateR4(broken).join()).toContain('Organization.active');
    const both = {
      ...organizationOf(institution, vocabulary),
      extension: [{ url: EXT.tcm, valueBoolean: true, extension: [{ url: 'x', valueBoolean: true }] }],
    };
    expect(validateR4(both).join()).toContain('ext-1');
  });

  it('reads its own Bundle back into the interchange rows it came from', () => {
    const { rows, problems } = fhirBundleToRows(bundleOf(entries()));
    expect(problems).toEqual([]);
    expect(rows.institutions).toEqual([
      {
        id: institution.id,
        name: institution.name,
        category: 'general_hospital',
        ws218_code: 'A100',
        district_code: '310101',
        licence_no: 'L-1',
        licence_valid_from: '2021-03-15',
        licence_valid_to: '2026-03-14',
        departments: '03;12',
        status: 'revoked',
        ownership: 'public',
        for_profit: 'false',
        is_tcm: 'false',
        beds: '1200',
        street_code: undefined,
        street_name: '外滩街道',
        address: '上海市黄浦区武进路85号',
        legal_representative: undefined,
      },
    ]);
    expect(rows.practitioners).toEqual([
      {
        id: 'doc_1',
        name: 'Ayşe Demir',
        category: 'dental',
        scopes: '12',
        title: 'chief',
        status: 'active',
        registrations: `${institution.id};elsewhere`,
        certificate_no: undefined,
      },
    ]);
  });
});

describe('reading an untrusted Bundle', () => {
  it('names each problem by entry, resource and FHIR path', () => {
    const [org, , doc, role] = entries().map(
      (e) => structuredClone(e.resource) as unknown as Record<string, unknown>,
    );
    if (!org || !doc || !role) throw new Error('entries');
    org.identifier = [];
    org.active = true;
    org.extension = [
      { url: EXT.registryStatus, valueCoding: { system: CS.institutionStatus, code: 'revoked' } },
      { url: EXT.bedCount, valueUnsignedInt: '12' },
      { url: EXT.licensedDepartment, valueCoding: { system: 'http://other', code: '03' } },
    ];
    role.code = [];
    const { problems } = fhirBundleToRows(
      bundleOf([{ resource: org }, {}, { resource: doc }, { resource: role }], 'batch'),
      'en',
    );
    const found = problems.map((p) => [p.file, p.resource, p.column, p.code]);
    expect(found).toEqual([
      ['Bundle', undefined, 'Bundle.type', 'bundle_type'],
      ['Bundle.entry[1]', 'Bundle.entry', 'Bundle.entry.resource', 'no_resource'],
      [
        'Bundle.entry[0]',
        `Organization/${fhirId(institution.id)}`,
        `Organization.identifier.where(system='${SID.institution}').value`,
        'missing_identifier',
      ],
      [
        'Bundle.entry[0]',
        expect.any(String),
        `Organization.extension('${EXT.licensedDepartment}')`,
        'wrong_system',
      ],
      ['Bundle.entry[0]', expect.any(String), 'Organization.active', 'status_conflict'],
      ['Bundle.entry[0]', expect.any(String), `Organization.extension('${EXT.bedCount}')`, 'invalid_type'],
      [
        'Bundle.entry[3]',
        expect.stringMatching(/^PractitionerRole\//),
        'PractitionerRole.code',
        'missing_kind',
      ],
    ]);
    expect(problems[0]?.message).toBe(
      'Bundle.type is “batch”; only collection and transaction are accepted.',
    );
  });

  it('files the interchange checks’ problems under the entry and path the value came from', () => {
    const { origins } = fhirBundleToRows(bundleOf(entries()));
    const at = { file: 'institutions.csv', row: 2, column: 'licence_valid_to' };
    const [located] = locateProblems([importProblem('zh-CN', at, 'date_range')], origins);
    expect(located).toMatchObject({
      file: 'Bundle.entry[0]',
      row: 0,
      resource: `Organization/${fhirId(institution.id)}`,
      column: `Organization.identifier.where(system='${SID.practiceLicence}').period.end`,
      message: '有效期止不能早于有效期起。',
    });
  });
});
