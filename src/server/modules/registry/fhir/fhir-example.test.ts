/**
 * docs/api/fhir-example.json is the mapping's own output for two fixed records, validated like every
 * export: this test fails when the mapping and the documented example drift apart. Regenerate with
 * `UPDATE_FHIR_EXAMPLE=1 npx vitest run src/server/modules/registry/fhir/fhir-example.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateR4 } from '../../../../../test/fhir-validator.js';
import { fhirBundleToRows } from './from-fhir.js';
import type { InstitutionRecord, PractitionerRecord, Vocabulary } from './records.js';
import { institutionEntries, practitionerEntries } from './to-fhir.js';

const FILE = path.resolve(import.meta.dirname, '../../../../../docs/api/fhir-example.json');

const vocabulary: Vocabulary = {
  cityName: '上海市',
  districts: new Map([['310101', '黄浦区']]),
  departments: new Map([
    ['03', '内科'],
    ['03.01', '呼吸内科专业'],
    ['12', '口腔科'],
  ]),
  ws218: new Map([['A100', '综合医院']]),
};

const institution: InstitutionRecord = {
  id: '12310101MA1G00011B',
  name: '上海市黄浦区示例医院',
  category: 'general_hospital',
  ws218Code: 'A100',
  ownership: 'public',
  forProfit: false,
  isTcm: false,
  districtCode: '310101',
  streetCode: '310101002',
  streetName: '南京东路街道',
  address: '上海市黄浦区九江路100号',
  beds: 500,
  legalRepresentative: '王建国',
  status: 'active',
  updatedAt: new Date('2026-03-01T02:00:00Z'),
  licence: {
    number: 'MA1G00011310101A1001',
    validFrom: '2021-03-15',
    validTo: '2026-03-14',
    departments: ['03', '03.01', '12'],
  },
};

const practitioner: PractitionerRecord = {
  id: 'P310101000001',
  name: '欧阳明华',
  category: 'clinical',
  scopes: ['03'],
  title: 'attending',
  status: 'active',
  certificateNo: '110310100000001',
  updatedAt: new Date('2026-03-01T02:00:00Z'),
  registrations: [
    {
      institutionId: institution.id,
      institutionName: institution.name,
      kind: 'primary',
      validFrom: '2019-07-01',
    },
    {
      institutionId: '12310104425000030K',
      institutionName: '上海市徐汇区示例中心',
      kind: 'multi_site',
      validFrom: '2024-02-01',
    },
  ],
};

const example = () => ({
  resourceType: 'Bundle',
  id: 'b6f0c0de-0000-4000-8000-000000000001',
  meta: { lastUpdated: '2026-03-02T01:00:00.000Z' },
  type: 'collection',
  timestamp: '2026-03-02T01:00:00.000Z',
  entry: [
    ...institutionEntries(institution, vocabulary),
    ...practitionerEntries(practitioner, vocabulary, (id) => id === institution.id),
  ],
});

describe('the documented FHIR example', () => {
  it('is what the mapping produces, valid R4, and imports back into the same rows', () => {
    const bundle = example();
    if (process.env.UPDATE_FHIR_EXAMPLE) writeFileSync(FILE, `${JSON.stringify(bundle, null, 2)}\n`);
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(bundle);
    expect(validateR4(bundle)).toEqual([]);
    const { rows, problems } = fhirBundleToRows(bundle);
    expect(problems).toEqual([]);
    expect(rows.practitioners?.[0]).toMatchObject({
      registrations: `${institution.id};12310104425000030K`,
      certificate_no: '110310100000001',
    });
  });
});
