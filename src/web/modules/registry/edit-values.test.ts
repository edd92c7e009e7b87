import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { PractitionerDetail } from './api';
import {
  institutionBody,
  NEW_INSTITUTION,
  practitionerBody,
  practitionerValues,
  registrationPath,
} from './edit-values';

describe('edit form values', () => {
  it('sends the primary registration first and end dates only where set', () => {
    const body = practitionerBody({
      id: 'YS1',
      name: ' 王医生 ',
      category: 'clinical',
      scopes: ['03'],
      title: 'attending',
      status: 'active',
      certificateNo: '  ',
      primary: { institutionId: 'A', validFrom: dayjs('2026-01-02'), existing: false },
      multiSite: [
        { institutionId: 'B', validFrom: dayjs('2025-01-01'), validTo: dayjs('2026-01-01'), existing: true },
      ],
    });
    expect(body).toMatchObject({ name: '王医生', certificateNo: null });
    expect(body.registrations).toEqual([
      { institutionId: 'A', kind: 'primary', validFrom: '2026-01-02' },
      { institutionId: 'B', kind: 'multi_site', validFrom: '2025-01-01', validTo: '2026-01-01' },
    ]);
  });

  it('edits only the current registrations of a practitioner', () => {
    const values = practitionerValues({
      id: 'YS1',
      registrations: [
        {
          institutionId: 'A',
          institutionName: '甲',
          kind: 'primary',
          validFrom: '2024-01-01',
          validTo: null,
        },
        {
          institutionId: 'C',
          institutionName: '丙',
          kind: 'primary',
          validFrom: '2020-01-01',
          validTo: '2023-12-31',
        },
        {
          institutionId: 'B',
          institutionName: '乙',
          kind: 'multi_site',
          validFrom: '2025-01-01',
          validTo: null,
        },
      ],
    } as PractitionerDetail);
    expect(values.primary).toMatchObject({ institutionId: 'A', institutionName: '甲', existing: true });
    expect(values.multiSite.map((r) => r.institutionId)).toEqual(['B']);
  });

  it('places the API’s registrations[i] on the primary row and the multi-site rows', () => {
    expect(registrationPath(['registrations', 0, 'institutionId'])).toEqual(['primary', 'institutionId']);
    expect(registrationPath(['registrations', 2, 'validTo'])).toEqual(['multiSite', 1, 'validTo']);
    expect(registrationPath(['registrations'])).toEqual(['registrations']);
  });

  it('leaves isTcm to the server unless asked, and blanks as null', () => {
    const values = {
      ...NEW_INSTITUTION,
      id: 'X',
      name: '诊所',
      category: 'clinic',
      districtCode: '310101',
      streetCode: ' ',
      licence: {
        number: 'L1',
        validFrom: dayjs('2025-01-01'),
        validTo: dayjs('2029-12-31'),
        departments: ['03'],
      },
    } as Parameters<typeof institutionBody>[0];
    expect(institutionBody(values, false)).not.toHaveProperty('isTcm');
    expect(institutionBody(values, true)).toMatchObject({ isTcm: false, streetCode: null });
    expect(institutionBody(values, false).licence).toEqual({
      number: 'L1',
      validFrom: '2025-01-01',
      validTo: '2029-12-31',
      departments: ['03'],
    });
  });
});
