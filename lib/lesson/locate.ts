import { isMap, isPair, isScalar, type Document, type LineCounter, type Node } from 'yaml';

export type YamlPath = readonly PropertyKey[];

export interface Position {
  line: number;
  column: number;
}

/** Finds file positions of front-matter YAML nodes, so errors point at the offending value. */
export interface YamlLocator {
  /** The node at `path`, or the nearest existing ancestor when the path does not exist. */
  at(path: YamlPath): Position;
  /** The key `key` of the mapping at `path` (for unknown keys), else that mapping. */
  key(path: YamlPath, key: string): Position;
  /**
   * True when the YAML has a node at `path` (the key is present, even with an empty value), or its
   * parent is a scalar: the shorthand `- sales.csv` stands for `{ file: sales.csv }`.
   */
  has(path: YamlPath): boolean;
  /** File position of a character offset in the YAML text. */
  offset(offset: number): Position;
}

/**
 * @param doc the parsed front matter
 * @param counter the LineCounter given to `parseDocument`
 * @param firstLine file line where the YAML text starts (the line after the opening `---`)
 */
export function yamlLocator(doc: Document, counter: LineCounter, firstLine: number): YamlLocator {
  const offset = (at: number): Position => {
    const { line, col } = counter.linePos(at);
    return { line: line + firstLine - 1, column: col };
  };
  const nodeAt = (path: YamlPath): Node | undefined => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
  };
  const keyAt = (path: YamlPath, key: string): Position => {
    const parent = nodeAt(path);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (pair && isScalar(pair.key) && pair.key.range) return offset(pair.key.range[0]);
    }
    return at(path);
  };
  const at = (path: YamlPath): Position => {
    for (let n = path.length; n > 0; n--) {
      const node = nodeAt(path.slice(0, n));
      if (!node?.range) continue;
      // `key:` with nothing after it is an empty scalar placed at the line end; the key reads better.
      const empty = isScalar(node) && node.value === null && node.source === '';
      return empty ? keyAt(path.slice(0, n - 1), String(path[n - 1])) : offset(node.range[0]);
    }
    const root = nodeAt([]);
    // An empty front matter has no root node: point at the opening `---` line.
    return root?.range ? offset(root.range[0]) : { line: Math.max(1, firstLine - 1), column: 1 };
  };
  const has = (path: YamlPath) => nodeAt(path) !== undefined || (path.length > 0 && isScalar(nodeAt(path.slice(0, -1))));
  return { at, key: keyAt, has, offset };
}
