import { describe, expect, it } from 'vitest';
import { presetWith } from '@/lib/cell-api/diagram';
import { validateDiagram } from '@/lib/cell-api/diagram';
import { DIAGRAM_PRESETS } from '@/lib/cell-api/diagram-presets';
import { edgePath, layoutDiagram, midpoint } from './diagram-layout';

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutDiagram', () => {
  it('lays out every preset without overlapping nodes, grouped nodes inside their group', () => {
    for (const name of DIAGRAM_PRESETS) {
      const spec = validateDiagram(presetWith(name, {}));
      const layout = layoutDiagram(spec);
      const boxes = [...layout.nodes.values()];
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${name}: nodes ${i} and ${j} overlap`).toBe(false);
      for (const node of spec.nodes.filter((n) => n.group)) {
        const g = layout.groups.get(node.group!)!;
        const b = layout.nodes.get(node.id)!;
        expect(b.x >= g.x && b.y >= g.y && b.x + b.width <= g.x + g.width && b.y + b.height <= g.y + g.height, `${name}: ${node.id} outside its group`).toBe(true);
      }
      expect(layout.edges.every((e) => e.points.length >= 2)).toBe(true);
      expect(layout.width).toBeGreaterThan(0);
    }
  });

  it('flows left to right, or top to bottom when asked', () => {
    const spec = validateDiagram({ nodes: [{ id: 'a' }, { id: 'b' }], edges: [['a', 'b']] });
    const lr = layoutDiagram(spec);
    expect(lr.nodes.get('b')!.x).toBeGreaterThan(lr.nodes.get('a')!.x);
    const tb = layoutDiagram({ ...spec, direction: 'TB' });
    expect(tb.nodes.get('b')!.y).toBeGreaterThan(tb.nodes.get('a')!.y);
  });

  it('sizes boxes to their Korean text', () => {
    const spec = validateDiagram({ nodes: [{ id: 'a', label: '짧음' }, { id: 'b', label: '아주 긴 이름의 데이터 웨어하우스 적재 작업' }] });
    const layout = layoutDiagram(spec);
    expect(layout.nodes.get('b')!.width).toBeGreaterThan(layout.nodes.get('a')!.width + 150);
  });
});

describe('edge geometry', () => {
  it('draws a path through the points and finds the halfway point', () => {
    expect(edgePath([{ x: 0, y: 0 }, { x: 10, y: 0 }])).toBe('M0,0 L10,0');
    expect(edgePath([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }])).toBe('M0,0 Q10,0 10,10');
    expect(midpoint([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }])).toEqual({ x: 10, y: 0 });
  });
});

describe('chooseLayout', () => {
  it('keeps the author direction when it fits, turns a wide pipeline top to bottom when not', async () => {
    const { chooseLayout } = await import('./diagram/use-fit');
    const { estimateText } = await import('./diagram-layout');
    const spec = validateDiagram(presetWith('lambda', {}));
    expect(chooseLayout(spec, 5000, estimateText)).toMatchObject({ scale: 1, layout: { width: layoutDiagram(spec).width } });
    const narrow = chooseLayout(spec, 700, estimateText);
    expect(narrow.layout.width).toBeLessThanOrEqual(700);
    expect(narrow.layout.height).toBeGreaterThan(narrow.layout.width);
    const tiny = chooseLayout(spec, 200, estimateText);
    expect(tiny.scale).toBe(0.7);
  });
});
