import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { get } from './api';

interface Node {
  id: string;
  pId: string;
  value: string;
  title: string;
  isLeaf: boolean;
}

interface Props {
  /** Both given by a Form.Item when the picker is a form's field. */
  value?: string;
  onChange?: (code: string) => void;
  /** The top of the tree: the person's own jurisdiction (default: every province). */
  root?: string;
  /** Given by a Form.Item, so its label names the picker. */
  id?: string;
  'aria-labelledby'?: string;
  style?: React.CSSProperties;
}

/** Picks a jurisdiction by name, loading each level (down to villages) when it is opened. */
export function JurisdictionTree({ value, onChange, root, style, ...aria }: Props) {
  const [nodes, setNodes] = useState<Node[]>([]);
  const add = (parent: string, children: Array<{ code: string; name: string }>) =>
    setNodes((old) => [
      ...old,
      ...children
        .filter((c) => !old.some((n) => n.id === c.code))
        .map((c) => ({
          id: c.code,
          pId: parent,
          value: c.code,
          title: c.name,
          isLeaf: c.code.length === 12,
        })),
    ]);
  useEffect(() => {
    void (async () => {
      if (root) {
        const { names } = await get<{ names: Record<string, string> }>(
          `/console/divisions?codes=${root}`,
        );
        add('root', [{ code: root, name: names[root] ?? root }]);
        // The root opened, and the way from it down to the current value so its name shows.
        const path = ancestors(value ?? root);
        const below = path.indexOf(root) < 0 ? [] : path.slice(path.indexOf(root) + 1);
        for (const parent of [root, ...below]) {
          const level = await get<{ children: Array<{ code: string; name: string }> }>(
            `/console/divisions?parent=${parent}`,
          );
          add(parent, level.children);
        }
      } else {
        const { children } = await get<{ children: Array<{ code: string; name: string }> }>(
          '/console/divisions?parent=root',
        );
        add('root', children);
        // Open the way to the current value so its name shows.
        if (value && value.length >= 6) {
          const province = `${value.slice(0, 2)}0000`;
          const city = `${value.slice(0, 4)}00`;
          for (const parent of [province, city].filter((code) => code !== value)) {
            const level = await get<{ children: Array<{ code: string; name: string }> }>(
              `/console/divisions?parent=${parent}`,
            );
            add(parent, level.children);
          }
        }
      }
    })();
  }, [root]);
  return (
    <TreeSelect
      {...aria}
      treeDataSimpleMode
      treeDefaultExpandedKeys={root ? [root] : undefined}
      style={{ width: 280, ...style }}
      value={value}
      onChange={(code: string) => onChange?.(code)}
      treeData={nodes}
      showSearch
      treeNodeFilterProp="title"
      loadData={async ({ id }) => {
        const { children } = await get<{ children: Array<{ code: string; name: string }> }>(
          `/console/divisions?parent=${id}`,
        );
        add(String(id), children);
      }}
    />
  );
}

/** The province, city, county and township codes above a code, top first. */
function ancestors(code: string): string[] {
  const levels = [
    `${code.slice(0, 2)}0000`,
    `${code.slice(0, 4)}00`,
    code.slice(0, 6),
    code.slice(0, 9),
  ];
  return [...new Set(levels)].filter((c) => c !== code);
}
