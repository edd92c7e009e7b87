import { describe, expect, it } from 'vitest';
import { INSTITUTION_CATEGORIES, PRACTITIONER_TITLES, REGISTRATION_KINDS } from '../../../shared/registry';
import { enumLabel, enumOptions, formatChangeValue, statusColor } from './labels';
import { columnSortOrder, sortParamFor } from './registry-sort';

describe('registry labels', () => {
  it('labels every enumeration value in both languages', () => {
    for (const c of INSTITUTION_CATEGORIES) {
      expect(enumLabel('zh-CN', 'institutionCategory', c)).not.toBe(c);
      expect(enumLabel('en', 'institutionCategory', c)).not.toBe(c);
    }
    expect(enumOptions('zh-CN', 'practitionerTitle').map((o) => o.value)).toEqual([...PRACTITIONER_TITLES]);
    expect(enumOptions('en', 'registrationKind').map((o) => o.value)).toEqual([...REGISTRATION_KINDS]);
    expect(enumLabel('zh-CN', 'institutionCategory', 'general_hospital')).toBe('综合医院');
    expect(enumLabel('en', 'ownership', 'private')).toBe('Private');
  });

  it('shows unknown values verbatim (and nothing for none)', () => {
    expect(enumLabel('en', 'institutionStatus', 'closed')).toBe('closed');
    expect(enumLabel('en', 'institutionStatus', 'toString')).toBe('toString');
    expect(enumLabel('en', 'institutionStatus', null)).toBe('');
  });

  it('colours statuses', () => {
    expect(statusColor('active')).toBe('success');
    expect(statusColor('suspended')).toBe('warning');
    expect(statusColor('revoked')).toBe('default');
  });

  it('formats timeline values', () => {
    expect(formatChangeValue(null)).toBe('—');
    expect(formatChangeValue(120)).toBe('120');
    expect(formatChangeValue(false)).toBe('否');
    expect(formatChangeValue(true, 'en')).toBe('Yes');
    expect(formatChangeValue(['03', '03.01'])).toBe('03, 03.01');
    expect(formatChangeValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe('registry sorting', () => {
  it('maps column sorters to the sort parameter and back', () => {
    expect(columnSortOrder('', 'name')).toBe('ascend');
    expect(columnSortOrder('-beds', 'beds')).toBe('descend');
    expect(columnSortOrder('-beds', 'name')).toBeNull();
    expect(columnSortOrder('-updatedAt', 'name')).toBeNull();
    expect(sortParamFor('beds', 'descend')).toBe('-beds');
    expect(sortParamFor('name', 'ascend')).toBe('name');
    expect(sortParamFor('name', null)).toBeNull();
    expect(sortParamFor('status', 'ascend')).toBeNull();
  });
});
