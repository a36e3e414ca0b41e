import { Tree } from 'antd';
import { useEffect, useState } from 'react';
import { get } from './api';

interface Node {
  key: string;
  title: string;
  isLeaf?: boolean;
  children?: Node[];
}

type Children = { children: Array<{ code: string; name: string }> };

function attach(nodes: Node[], key: string, children: Node[]): Node[] {
  return nodes.map((node) =>
    node.key === key
      ? { ...node, children }
      : node.children
        ? { ...node, children: attach(node.children, key, children) }
        : node,
  );
}

/** The jurisdiction tree under the person's own jurisdiction, by name, opened level by level. */
export function DivisionTree({
  root,
  selected,
  onSelect,
}: {
  root: string;
  selected: string;
  onSelect: (code: string) => void;
}) {
  const [nodes, setNodes] = useState<Node[]>([]);
  useEffect(() => {
    void get<{ names: Record<string, string> }>(`/console/divisions?codes=${root}`).then(
      ({ names }) => setNodes([{ key: root, title: names[root] ?? root }]),
    );
  }, [root]);
  return (
    <Tree
      aria-label="区划"
      treeData={nodes}
      selectedKeys={[selected]}
      defaultExpandedKeys={[root]}
      onSelect={(keys) => keys[0] && onSelect(String(keys[0]))}
      loadData={async ({ key }) => {
        const { children } = await get<Children>(`/console/divisions?parent=${key}`);
        setNodes((old) =>
          attach(
            old,
            String(key),
            children.map((c) => ({ key: c.code, title: c.name, isLeaf: c.code.length === 12 })),
          ),
        );
      }}
    />
  );
}
