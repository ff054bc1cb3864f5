/**
 * Lays out an architecture diagram with dagre (layered, like hand-drawn data-flow diagrams):
 * node sizes from their text, groups as clusters, edges as routed polylines. Pure given a
 * text-measuring function, so the layout is deterministic and testable in node.
 */
import dagre from '@dagrejs/dagre';
import type { DiagramSpec } from '@/lib/kernel/outputs';

/** Measures the width in pixels of `text` at a font size; the page uses a canvas. */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  index: number;
  from: string;
  to: string;
  points: { x: number; y: number }[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: Map<string, Box>;
  groups: Map<string, Box>;
  edges: LaidOutEdge[];
}

/** Text sizes and paddings of a node box, shared with the view's CSS. */
export const NODE_STYLE = { labelSize: 14, detailSize: 12, padX: 14, kindRow: 18, labelRow: 21, detailRow: 18, boundRow: 22, padY: 10, minWidth: 112 };
/** Room above a group's nodes for its label. */
const GROUP_LABEL = 26;

/** A rough measure for environments without a canvas: Hangul is about one em, Latin half. */
export const estimateText: MeasureText = (text, size) => {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u4e00-\u9fff]/.test(ch) ? 1 : 0.58;
  return Math.ceil(em * size);
};

/** The lines a node shows, to size it. */
export function nodeLines(node: DiagramSpec['nodes'][number]): { detail: boolean; bound: string | undefined } {
  return { detail: node.detail !== undefined, bound: node.table ?? node.lake };
}

/** Node width and height for its text. */
export function nodeSize(node: DiagramSpec['nodes'][number], measure: MeasureText): { width: number; height: number } {
  const s = NODE_STYLE;
  const { detail, bound } = nodeLines(node);
  const widths = [
    measure(node.label, s.labelSize, true),
    detail ? measure(node.detail!, s.detailSize) : 0,
    // The binding in monospace, then its count (up to '1,234,567행') and the moved-rows pill.
    bound ? measure(bound, 11) * 1.2 + 150 : 0,
  ];
  const width = Math.max(s.minWidth, Math.ceil(Math.max(...widths)) + 2 * s.padX);
  const height = s.padY * 2 + s.kindRow + s.labelRow + (detail ? s.detailRow : 0) + (bound ? s.boundRow : 0);
  return { width, height };
}

/** Positions every node, group and edge. */
export function layoutDiagram(spec: DiagramSpec, measure: MeasureText = estimateText): DiagramLayout {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  // Top-to-bottom ranks need less room between them than side-by-side ones (no labels beside).
  g.setGraph({ rankdir: spec.direction, nodesep: 28, ranksep: spec.direction === 'LR' ? 56 : 44, edgesep: 16, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const group of spec.groups) {
    if (spec.nodes.some((n) => n.group === group.id)) g.setNode(`group:${group.id}`, { paddingTop: GROUP_LABEL, paddingLeft: 14, paddingRight: 14, paddingBottom: 14 });
  }
  for (const node of spec.nodes) {
    g.setNode(`node:${node.id}`, nodeSize(node, measure));
    if (node.group) g.setParent(`node:${node.id}`, `group:${node.group}`);
  }
  spec.edges.forEach((edge, index) => {
    // An edge label gets room of its own, so it never sits on top of a node.
    const label = edge.label ? { width: measure(edge.label, 12) + 12, height: 18, labelpos: 'c' } : {};
    g.setEdge(`node:${edge.from}`, `node:${edge.to}`, { ...label, minlen: 1 }, String(index));
  });
  dagre.layout(g);

  const box = (id: string): Box => {
    const n = g.node(id) as { x: number; y: number; width: number; height: number };
    return { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height };
  };
  const nodes = new Map(spec.nodes.map((n) => [n.id, box(`node:${n.id}`)]));
  const groups = new Map(spec.groups.filter((gr) => g.hasNode(`group:${gr.id}`)).map((gr) => [gr.id, box(`group:${gr.id}`)]));
  const edges = spec.edges.map((edge, index) => ({
    index,
    from: edge.from,
    to: edge.to,
    points: ((g.edge({ v: `node:${edge.from}`, w: `node:${edge.to}`, name: String(index) }) as { points?: { x: number; y: number }[] }).points ?? []).map((p) => ({ x: p.x, y: p.y })),
  }));
  const graph = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, groups, edges };
}

/** A smooth SVG path through dagre's points (quadratic curves through the midpoints). */
export function edgePath(points: { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  if (points.length < 3) return `M${points.map((p) => `${p.x},${p.y}`).join(' L')}`;
  let d = `M${points[0].x},${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const mid = { x: (points[i].x + points[i + 1].x) / 2, y: (points[i].y + points[i + 1].y) / 2 };
    d += ` Q${points[i].x},${points[i].y} ${i === points.length - 2 ? `${points[i + 1].x},${points[i + 1].y}` : `${mid.x},${mid.y}`}`;
  }
  return d;
}

/** The point halfway along a polyline: where an edge's label goes. */
export function midpoint(points: { x: number; y: number }[]): { x: number; y: number } {
  if (points.length === 0) return { x: 0, y: 0 };
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let half = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (half <= lengths[i]) {
      const t = lengths[i] === 0 ? 0 : half / lengths[i];
      return { x: points[i].x + (points[i + 1].x - points[i].x) * t, y: points[i].y + (points[i + 1].y - points[i].y) * t };
    }
    half -= lengths[i];
  }
  return points[points.length - 1];
}
