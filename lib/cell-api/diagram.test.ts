import { describe, expect, it } from 'vitest';
import type { Output } from '@/lib/kernel/outputs';
import { DIAGRAM_PRESETS } from './diagram-presets';
import { createDiagramFunction } from './diagram-api';
import { DiagramError, presetWith, validateDiagram } from './diagram';

describe('diagram()', () => {
  it('normalises a spec: default kind and direction, [from, to] edges, table and lake bindings', () => {
    const spec = validateDiagram({
      nodes: [{ id: 'src', label: '원천', kind: 'source' }, { id: 'raw', table: 'raw_sales' }, { id: 'bronze', lake: 'bronze/sales' }],
      edges: [['src', 'raw', '추출'], { from: 'raw', to: 'bronze', dashed: true }],
    });
    expect(spec).toEqual({
      direction: 'LR',
      groups: [],
      nodes: [
        { id: 'src', label: '원천', kind: 'source' },
        { id: 'raw', label: 'raw', kind: 'processor', table: 'raw_sales' },
        { id: 'bronze', label: 'bronze', kind: 'processor', lake: 'bronze/sales' },
      ],
      edges: [{ from: 'src', to: 'raw', label: '추출' }, { from: 'raw', to: 'bronze', dashed: true }],
    });
  });

  it('names the mistake', () => {
    expect(() => validateDiagram({ nodes: [{ id: 'a' }], edges: [['a', 'b']] })).toThrow("edges[0] refers to node 'b', which is not in nodes; nodes: a");
    expect(() => validateDiagram({ nodes: [{ id: 'a' }, { id: 'a' }] })).toThrow("two nodes have the id 'a'");
    expect(() => validateDiagram({ nodes: [{ id: 'a', kind: 'db' }] })).toThrow(/kind must be one of 'source'/);
    expect(() => validateDiagram({ nodes: [{ id: 'a', group: 'x' }] })).toThrow(/group 'x', which is not in groups/);
    expect(() => validateDiagram({ nodes: [] })).toThrow(DiagramError);
    expect(() => presetWith('medallion')).toThrow(/unknown preset "medallion"; presets: 'etl', 'warehouse', 'lake', 'lambda', 'kappa'/);
    expect(() => presetWith('lake', { bind: { platinum: 'x' } })).toThrow(/has no node 'platinum'; its nodes: source, ingest, bronze, silver, gold/);
  });

  it('draws every preset, and binds preset nodes to tables or lake files', () => {
    const outputs: Output[] = [];
    const diagram = createDiagramFunction((o) => outputs.push(o));
    for (const name of DIAGRAM_PRESETS) diagram(name);
    expect(outputs.map((o) => o.kind === 'diagram' && o.spec.title)).toEqual(['ETL 파이프라인', '전통적인 데이터 웨어하우스', '데이터 레이크 (메달리온 아키텍처)', '람다 아키텍처', '카파 아키텍처']);
    const spec = presetWith('lake', { bind: { bronze: 'bronze/sales', silver: 'silver_sales', gold: { table: 'gold_daily_revenue' } } });
    expect(spec.nodes.filter((n) => n.table || n.lake).map((n) => [n.id, n.table ?? n.lake])).toEqual([
      ['bronze', 'bronze/sales'], ['silver', 'silver_sales'], ['gold', 'gold_daily_revenue'],
    ]);
    // An edited preset is an ordinary spec.
    spec.nodes.push({ id: 'api', label: '데이터 API', kind: 'serving' });
    spec.edges.push({ from: 'gold', to: 'api' });
    diagram(spec);
    expect(outputs.at(-1)).toMatchObject({ kind: 'diagram', spec: { nodes: expect.arrayContaining([expect.objectContaining({ id: 'api' })]) } });
  });
});
