export interface CodeItem {
  code: string;
  name: string;
  parentCode?: string | null;
}

export interface CodeNode {
  key: string;
  code: string;
  name: string;
  children: CodeNode[];
}

/** The parent of a dotted code (`03.01` → `03`); explicit parentCode wins; null at the top. */
export function parentOf(item: CodeItem): string | null {
  if (item.parentCode) return item.parentCode;
  const dot = item.code.lastIndexOf('.');
  return dot > 0 ? item.code.slice(0, dot) : null;
}

/** True when the list is hierarchical (any item has a parent), i.e. worth showing as a tree. */
export function isHierarchical(items: readonly CodeItem[]): boolean {
  return items.some((item) => parentOf(item) !== null);
}

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, 'en', { numeric: true });

/**
 * Builds a tree from codes with explicit parents or dotted hierarchies. Items whose parent is not in the
 * list become roots; siblings are sorted by code (numerically, so 03.2 precedes 03.10).
 */
export function buildCodeTree(items: readonly CodeItem[]): CodeNode[] {
  const nodes = new Map<string, CodeNode>();
  for (const item of items) {
    if (!nodes.has(item.code))
      nodes.set(item.code, { key: item.code, code: item.code, name: item.name, children: [] });
  }
  const roots: CodeNode[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.code)) continue;
    seen.add(item.code);
    const node = nodes.get(item.code) as CodeNode;
    const parentCode = parentOf(item);
    const parent = parentCode && parentCode !== item.code ? nodes.get(parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: CodeNode[]) => {
    list.sort(byCode);
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/**
 * Keeps the nodes whose code or name contains `query` (case-insensitive), with their ancestors; a
 * matching node keeps its whole subtree. Returns the filtered tree and the keys to expand.
 */
export function filterCodeTree(
  tree: readonly CodeNode[],
  query: string,
): { tree: CodeNode[]; expand: string[] } {
  const q = query.trim().toLowerCase();
  if (!q) return { tree: [...tree], expand: [] };
  const expand: string[] = [];
  const visit = (list: readonly CodeNode[]): CodeNode[] => {
    const out: CodeNode[] = [];
    for (const node of list) {
      if (node.code.toLowerCase().includes(q) || node.name.toLowerCase().includes(q)) {
        out.push(node);
        continue;
      }
      const children = visit(node.children);
      if (children.length > 0) {
        expand.push(node.key);
        out.push({ ...node, children });
      }
    }
    return out;
  };
  return { tree: visit(tree), expand };
}

export interface DepartmentGroup {
  code: string;
  name: string;
  /** The licensed second-level (and deeper) subjects under this first-level subject. */
  items: { code: string; name: string }[];
}

/**
 * Groups licensed 诊疗科目 by their first-level code (`03.01` → `03`). The group name comes from the
 * licence itself when the first-level subject is listed, else from `names` (the code list), else the code.
 */
export function groupDepartments(
  departments: readonly { code: string; name: string }[],
  names: ReadonlyMap<string, string> = new Map(),
): DepartmentGroup[] {
  const groups = new Map<string, DepartmentGroup>();
  const own = new Map(departments.map((d) => [d.code, d.name]));
  for (const dept of departments) {
    const top = dept.code.split('.')[0] ?? dept.code;
    let group = groups.get(top);
    if (!group) {
      group = { code: top, name: own.get(top) ?? names.get(top) ?? top, items: [] };
      groups.set(top, group);
    }
    if (dept.code !== top) group.items.push({ code: dept.code, name: dept.name });
  }
  const list = [...groups.values()].sort(byCode);
  for (const group of list) group.items.sort(byCode);
  return list;
}
