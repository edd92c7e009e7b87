import { describe, expect, it } from 'vitest';
import {
  buildCodeTree,
  type CodeNode,
  filterCodeTree,
  groupDepartments,
  isHierarchical,
  parentOf,
} from './code-tree';

const outline = (nodes: CodeNode[]): unknown =>
  nodes.map((n) => (n.children.length ? { [n.code]: outline(n.children) } : n.code));

const KEMU = [
  { code: '03.10', name: '老年病专业' },
  { code: '03', name: '内科' },
  { code: '03.01', name: '呼吸内科专业' },
  { code: '03.02', name: '消化内科专业' },
  { code: '01', name: '预防保健科' },
  { code: '04', name: '外科' },
  { code: '04.01', name: '普通外科专业' },
  { code: '04.01.01', name: '肝脏移植项目' },
];

describe('buildCodeTree', () => {
  it('nests dotted codes under their parents and sorts siblings numerically', () => {
    expect(outline(buildCodeTree(KEMU))).toEqual([
      '01',
      { '03': ['03.01', '03.02', '03.10'] },
      { '04': [{ '04.01': ['04.01.01'] }] },
    ]);
  });

  it('prefers an explicit parentCode and keeps orphans at the top', () => {
    const tree = buildCodeTree([
      { code: 'A', name: 'a', parentCode: null },
      { code: 'A1', name: 'a1', parentCode: 'A' },
      { code: '09.01', name: 'orphan' },
    ]);
    expect(outline(tree)).toEqual(['09.01', { A: ['A1'] }]);
  });

  it('ignores duplicate codes', () => {
    expect(outline(buildCodeTree([...KEMU.slice(0, 3), { code: '03', name: 'dup' }]))).toEqual([
      { '03': ['03.01', '03.10'] },
    ]);
  });

  it('knows flat lists from hierarchies', () => {
    expect(isHierarchical(KEMU)).toBe(true);
    expect(isHierarchical([{ code: 'L1', name: '非限制使用级' }])).toBe(false);
    expect(parentOf({ code: '03.01', name: '' })).toBe('03');
    expect(parentOf({ code: '03', name: '' })).toBeNull();
  });
});

describe('filterCodeTree', () => {
  const tree = buildCodeTree(KEMU);

  it('keeps matches with their ancestors and expands the ancestors', () => {
    const { tree: out, expand } = filterCodeTree(tree, '呼吸');
    expect(outline(out)).toEqual([{ '03': ['03.01'] }]);
    expect(expand).toEqual(['03']);
  });

  it('keeps the whole subtree of a matching node and matches codes', () => {
    expect(outline(filterCodeTree(tree, '外科').tree)).toEqual([{ '04': [{ '04.01': ['04.01.01'] }] }]);
    expect(outline(filterCodeTree(tree, '04.01.01').tree)).toEqual([{ '04': [{ '04.01': ['04.01.01'] }] }]);
  });

  it('returns everything for an empty query and nothing for a miss', () => {
    expect(filterCodeTree(tree, '  ').tree).toHaveLength(3);
    expect(filterCodeTree(tree, 'zzz').tree).toEqual([]);
  });
});

describe('groupDepartments', () => {
  it('groups licensed subjects by first-level code, naming groups from the licence or the code list', () => {
    const groups = groupDepartments(
      [
        { code: '04.01', name: '普通外科专业' },
        { code: '03.02', name: '消化内科专业' },
        { code: '03', name: '内科' },
        { code: '03.01', name: '呼吸内科专业' },
      ],
      new Map([['04', '外科']]),
    );
    expect(groups).toEqual([
      {
        code: '03',
        name: '内科',
        items: [
          { code: '03.01', name: '呼吸内科专业' },
          { code: '03.02', name: '消化内科专业' },
        ],
      },
      { code: '04', name: '外科', items: [{ code: '04.01', name: '普通外科专业' }] },
    ]);
  });

  it('falls back to the code when no name is known', () => {
    expect(groupDepartments([{ code: '12.03', name: 'x' }])[0]?.name).toBe('12');
    expect(groupDepartments([])).toEqual([]);
  });
});
