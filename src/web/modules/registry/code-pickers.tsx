import { Select, type SelectProps, TreeSelect } from 'antd';
import { useCallback, useMemo } from 'react';
import { useRemote } from '../../app/hooks/use-remote';
import { type CodeList, getCodeList } from './api';
import { buildCodeTree, type CodeNode } from './code-tree';

const cache = new Map<string, Promise<CodeList>>();

/** The current version of a code list (cached for the session: lists are versioned reference data). */
function useCodeList(listId: string) {
  const loader = useCallback(() => {
    let entry = cache.get(listId);
    if (!entry) {
      entry = getCodeList(listId, {}).catch((err: unknown) => {
        cache.delete(listId);
        throw err;
      });
      cache.set(listId, entry);
    }
    return entry;
  }, [listId]);
  return useRemote(loader);
}

interface TreeOption {
  value: string;
  title: string;
  children?: TreeOption[];
}

const toOptions = (nodes: readonly CodeNode[]): TreeOption[] =>
  nodes.map((node) => ({
    value: node.code,
    title: `${node.code} ${node.name}`,
    children: node.children.length ? toOptions(node.children) : undefined,
  }));

/**
 * Picks 诊疗科目 (or 执业范围) from the zhenliao_kemu list as a tree of the dotted hierarchy
 * (`03` 内科 › `03.01` 呼吸内科专业); each code is chosen on its own, searchable by code or name.
 */
export function DepartmentPicker({
  value,
  onChange,
  placeholder,
  id,
  testId,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
  id?: string;
  testId?: string;
}) {
  const { data, loading } = useCodeList('zhenliao_kemu');
  const treeData = useMemo(() => toOptions(buildCodeTree(data?.items ?? [])), [data]);
  return (
    <TreeSelect<string[]>
      id={id}
      data-testid={testId}
      multiple
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      loading={loading}
      treeData={treeData}
      value={value}
      onChange={(next) => onChange?.(next)}
      placeholder={placeholder}
      listHeight={360}
      popupMatchSelectWidth
    />
  );
}

/** A searchable select over a flat code list (e.g. the WS 218 institution types). */
export function CodeSelect({ listId, ...props }: Omit<SelectProps<string>, 'options'> & { listId: string }) {
  const { data, loading } = useCodeList(listId);
  const options = useMemo(
    () => (data?.items ?? []).map((item) => ({ value: item.code, label: `${item.code} ${item.name}` })),
    [data],
  );
  return (
    <Select<string>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={options}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
