import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeListId } from '../../../shared/registry.js';
import { readCsvTable } from './domain/csv.js';

export interface CodeListFile {
  id: CodeListId;
  version: string;
  name: string;
  nameEn: string;
  /** The file's `#` comment lines: where the list comes from and how far it is verified. */
  source: string;
  items: { code: string; name: string; parentCode: string | null }[];
}

const CODES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'codes');

/** The national code lists shipped with the registry (shared/docs/domain/rules.md §5). */
const MANIFEST: Omit<CodeListFile, 'source' | 'items'>[] = [
  {
    id: 'zhenliao_kemu',
    version: '1994-27',
    name: '医疗机构诊疗科目名录',
    nameEn: 'Licensed clinical departments',
  },
  {
    id: 'institution_types_ws218',
    version: 'WS218-2002',
    name: '卫生机构(组织)分类与代码',
    nameEn: 'Health institution types (WS 218-2002)',
  },
  {
    id: 'physician_category_scope',
    version: '2001-169',
    name: '医师执业类别与执业范围',
    nameEn: 'Physician practice categories and scopes',
  },
  {
    id: 'antimicrobial_levels',
    version: '2012-84',
    name: '抗菌药物分级',
    nameEn: 'Antimicrobial restriction levels',
  },
  {
    id: 'restricted_tech_2022',
    version: '2022',
    name: '国家限制类技术目录',
    nameEn: 'Nationally restricted medical technologies',
  },
];

/** Reads the shipped CSV files; `#` lines are the source note, the rest `code,name,parent_code`. */
export function readCodeListFiles(dir = CODES_DIR): CodeListFile[] {
  return MANIFEST.map((entry) => {
    const text = readFileSync(path.join(dir, `${entry.id}.csv`), 'utf8');
    const lines = text.split(/\r?\n/);
    const source = lines
      .filter((line) => line.startsWith('#'))
      .map((line) => line.replace(/^#\s?/, ''))
      .join('\n');
    const table = readCsvTable(lines.filter((line) => !line.startsWith('#')).join('\n'), ['code', 'name']);
    const items = table.records.map((r) => ({
      code: (r.code ?? '').trim(),
      name: (r.name ?? '').trim(),
      parentCode: r.parent_code?.trim() || null,
    }));
    return { ...entry, source, items };
  });
}
