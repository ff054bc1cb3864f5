/**
 * `diagram(spec)` and `diagram('lake', { bind })`: an architecture drawn below the cell. The spec
 * is checked here (unknown node ids in edges, duplicate ids, bad kinds fail at the cell's line
 * with a readable DiagramError) and normalised to plain data; the page lays it out and keeps
 * bound nodes' row counts live.
 */
import type { DiagramEdge, DiagramGroup, DiagramNode, DiagramNodeKind, DiagramSpec } from '@/lib/kernel/outputs';
import { lakeMatcher } from '@/lib/lake/paths';
import { DIAGRAM_PRESETS, presetSpec, type DiagramPresetName, type PresetSpec } from './diagram-presets';
import { inspect } from './format';

const KINDS: readonly DiagramNodeKind[] = ['source', 'queue', 'processor', 'storage', 'serving', 'bi'];
const MAX_NODES = 60;

/** A `diagram()` call that cannot be drawn. */
export class DiagramError extends TypeError {
  constructor(message: string) {
    super(`diagram(): ${message}`);
    this.name = 'DiagramError';
  }
}

/** What a node is bound to: a table name, `{ table }` or `{ lake }` (a path, folder or glob). */
export type DiagramBinding = string | { table: string } | { lake: string };

/** Options of a preset: a title, the flow direction, and node bindings by node id. */
export interface DiagramPresetOptions {
  title?: string;
  direction?: 'LR' | 'TB';
  bind?: Record<string, DiagramBinding>;
}

const str = (v: unknown, what: string, optional = false): string | undefined => {
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new DiagramError(`${what} must be a non-empty string, got ${inspect(v, { depth: 0 })}`);
  return v;
};

function binding(b: DiagramBinding, what: string): Pick<DiagramNode, 'table' | 'lake'> {
  // A string with a "/" or ending in .parquet names lake files; anything else a table.
  if (typeof b === 'string') return b.includes('/') || b.endsWith('.parquet') ? binding({ lake: b }, what) : { table: str(b, what)! };
  if (typeof b === 'object' && b !== null && 'table' in b) return { table: str(b.table, `${what}.table`)! };
  if (typeof b === 'object' && b !== null && 'lake' in b) {
    lakeMatcher(b.lake);
    return { lake: str(b.lake, `${what}.lake`)! };
  }
  throw new DiagramError(`${what} must be a table name, { table: 'name' } or { lake: 'bronze/sales' }, got ${inspect(b, { depth: 1 })}`);
}

function toNode(raw: unknown, i: number, groups: Set<string>): DiagramNode {
  if (typeof raw !== 'object' || raw === null) throw new DiagramError(`nodes[${i}] must be an object like { id: 'raw', label: '원본' }`);
  const r = raw as Record<string, unknown>;
  const id = str(r.id, `nodes[${i}].id`)!;
  const kind = (r.kind ?? 'processor') as DiagramNodeKind;
  if (!KINDS.includes(kind)) throw new DiagramError(`node '${id}': kind must be one of ${KINDS.map((k) => `'${k}'`).join(', ')}, got ${inspect(r.kind)}`);
  const group = str(r.group, `node '${id}'.group`, true);
  if (group !== undefined && !groups.has(group)) throw new DiagramError(`node '${id}' is in group '${group}', which is not in groups`);
  const bound = r.table !== undefined ? binding({ table: r.table as string }, `node '${id}'`) : r.lake !== undefined ? binding({ lake: r.lake as string }, `node '${id}'`) : {};
  return {
    id, kind, label: str(r.label ?? id, `node '${id}'.label`)!,
    ...(r.detail !== undefined ? { detail: str(r.detail, `node '${id}'.detail`) } : {}),
    ...bound,
    ...(group !== undefined && { group }),
  };
}

function toEdge(raw: unknown, i: number, ids: Set<string>): DiagramEdge {
  // [from, to, label?] is the short form.
  const r = (Array.isArray(raw) ? { from: raw[0], to: raw[1], label: raw[2] } : raw) as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null) throw new DiagramError(`edges[${i}] must be { from: 'a', to: 'b' } or ['a', 'b']`);
  const from = str(r.from, `edges[${i}].from`)!;
  const to = str(r.to, `edges[${i}].to`)!;
  for (const end of [from, to]) if (!ids.has(end)) throw new DiagramError(`edges[${i}] refers to node '${end}', which is not in nodes; nodes: ${[...ids].join(', ')}`);
  return { from, to, ...(r.label !== undefined && { label: str(r.label, `edges[${i}].label`) }), ...(r.dashed ? { dashed: true } : {}) };
}

/** Checks a diagram spec and returns a clean, cloneable copy. */
export function validateDiagram(spec: unknown): DiagramSpec {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new DiagramError(`expects a spec { nodes: [...], edges: [...] } or a preset name (${DIAGRAM_PRESETS.join(', ')}), got ${inspect(spec, { depth: 0 })}`);
  }
  const s = spec as Record<string, unknown>;
  const direction = s.direction ?? 'LR';
  if (direction !== 'LR' && direction !== 'TB') throw new DiagramError(`direction must be 'LR' or 'TB', got ${inspect(direction)}`);
  const rawGroups = s.groups ?? [];
  if (!Array.isArray(rawGroups)) throw new DiagramError('groups must be an array of { id, label }');
  const groups: DiagramGroup[] = rawGroups.map((g, i) => ({ id: str((g as DiagramGroup)?.id, `groups[${i}].id`)!, label: str((g as DiagramGroup)?.label, `groups[${i}].label`)! }));
  if (!Array.isArray(s.nodes) || s.nodes.length === 0) throw new DiagramError('nodes must be a non-empty array');
  if (s.nodes.length > MAX_NODES) throw new DiagramError(`${s.nodes.length} nodes is too many to read (limit ${MAX_NODES})`);
  const nodes = s.nodes.map((node, i) => toNode(node, i, new Set(groups.map((g) => g.id))));
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) throw new DiagramError(`two nodes have the id '${node.id}'`);
    ids.add(node.id);
  }
  if (s.edges !== undefined && !Array.isArray(s.edges)) throw new DiagramError('edges must be an array');
  const edges = ((s.edges as unknown[] | undefined) ?? []).map((edge, i) => toEdge(edge, i, ids));
  return { ...(s.title !== undefined && { title: str(s.title, 'title') }), direction, nodes, edges, groups };
}

/** A preset with bindings applied, as an editable spec. */
export function presetWith(name: unknown, options: DiagramPresetOptions = {}): PresetSpec {
  if (!DIAGRAM_PRESETS.includes(name as DiagramPresetName)) {
    throw new DiagramError(`unknown preset ${inspect(name)}; presets: ${DIAGRAM_PRESETS.map((p) => `'${p}'`).join(', ')}`);
  }
  const spec = presetSpec(name as DiagramPresetName);
  if (options.title !== undefined) spec.title = str(options.title, 'title')!;
  if (options.direction !== undefined) spec.direction = options.direction;
  for (const [id, b] of Object.entries(options.bind ?? {})) {
    const node = spec.nodes.find((x) => x.id === id);
    if (!node) throw new DiagramError(`bind: preset '${String(name)}' has no node '${id}'; its nodes: ${spec.nodes.map((x) => x.id).join(', ')}`);
    Object.assign(node, binding(b, `bind.${id}`));
  }
  return spec;
}
