import {
  Alert,
  Card,
  Empty,
  Flex,
  Input,
  Select,
  Spin,
  Table,
  Tree,
  type TreeDataNode,
  Typography,
} from 'antd';
import { type Key, useCallback, useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../app/api/errors';
import { useRemote } from '../../app/hooks/use-remote';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { type CodeList, getCodeList } from './api';
import { SourceText } from './source-text';
import { buildCodeTree, type CodeNode, filterCodeTree, isHierarchical } from './code-tree';

type Item = CodeList['items'][number];

const toTreeData = (nodes: readonly CodeNode[]): TreeDataNode[] =>
  nodes.map((node) => ({
    key: node.key,
    title: (
      <span>
        <Typography.Text code>{node.code}</Typography.Text> {node.name}
      </span>
    ),
    children: node.children.length > 0 ? toTreeData(node.children) : undefined,
  }));

function matches(item: Item, q: string): boolean {
  const needle = q.trim().toLowerCase();
  return !needle || item.code.toLowerCase().includes(needle) || item.name.toLowerCase().includes(needle);
}

/** One code list: a tree for dotted hierarchies (诊疗科目), a table otherwise; searchable, by version. */
export function CodeListViewer({
  listId,
  version,
  query,
  onChange,
}: {
  listId: string;
  version: string;
  query: string;
  onChange: (patch: { version?: string | null; q?: string | null }) => void;
}) {
  const { t, lang } = useI18n();
  const loader = useCallback(
    (signal: AbortSignal) => getCodeList(listId, { version: version || undefined }, signal),
    [listId, version],
  );
  const { data, error, loading } = useRemote(loader);
  const current = data && data.id === listId ? data : undefined;
  const hierarchical = useMemo(() => isHierarchical(current?.items ?? []), [current]);
  const tree = useMemo(() => buildCodeTree(current?.items ?? []), [current]);
  const filtered = useMemo(() => filterCodeTree(tree, query), [tree, query]);
  const [expanded, setExpanded] = useState<Key[]>([]);
  useEffect(() => setExpanded(filtered.expand), [filtered]);
  const rows = useMemo(() => (current?.items ?? []).filter((i) => matches(i, query)), [current, query]);

  const title = current ? `${pickName(lang, current.name, current.nameEn)} · ${current.version}` : listId;
  return (
    <Card
      title={title}
      data-testid="code-list-viewer"
      extra={current ? <SourceText source={current.source} width={420} /> : null}
    >
      <Flex className="wj-filters" gap={12} wrap align="center">
        <Input.Search
          key={`${listId}-${query}`}
          allowClear
          placeholder={t('codeList.search')}
          defaultValue={query}
          onSearch={(q) => onChange({ q: q.trim() })}
          style={{ width: 280 }}
          data-testid="code-list-search"
        />
        <Select
          aria-label={t('codeList.version')}
          value={version || current?.version}
          onChange={(v: string) => onChange({ version: v })}
          options={(current?.versions ?? []).map((v) => ({ value: v, label: v }))}
          style={{ width: 160 }}
          data-testid="code-list-version"
        />
        {query ? (
          <Typography.Text type="secondary">{t('codeList.matches', { count: rows.length })}</Typography.Text>
        ) : null}
      </Flex>
      {error ? <Alert type="error" showIcon title={errorMessage(error, t('common.loadFailed'))} /> : null}
      {!current ? (
        loading ? (
          <Spin />
        ) : null
      ) : hierarchical ? (
        filtered.tree.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('codeList.empty')} />
        ) : (
          <Tree
            showLine
            blockNode
            treeData={toTreeData(filtered.tree)}
            expandedKeys={expanded}
            onExpand={setExpanded}
            data-testid="code-list-tree"
          />
        )
      ) : (
        <Table<Item>
          rowKey="code"
          size="small"
          loading={loading}
          dataSource={rows}
          locale={{ emptyText: t('codeList.empty') }}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            { title: t('codeList.code'), dataIndex: 'code', width: 180 },
            { title: t('codeList.itemName'), dataIndex: 'name' },
            {
              title: t('codeList.parent'),
              dataIndex: 'parentCode',
              width: 160,
              render: (p: string | null) => p ?? '—',
            },
          ]}
        />
      )}
    </Card>
  );
}
