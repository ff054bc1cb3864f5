'use client';
import {
  Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer,
  Scatter, ScatterChart, Tooltip, XAxis, YAxis,
} from 'recharts';
import { useMemo } from 'react';
import { useT } from '@/lib/i18n/use-t';
import type { ChartOutput } from '@/lib/kernel/outputs';
import { seriesOf } from './chart-series';

/**
 * Axis ticks read at a glance, in the interface language: 1,800,000 is "180만" in Korean and
 * "1.8M" in English. The chart re-renders on a language switch, so the ticks follow at once.
 */
function useNumberFormats() {
  const { locale } = useT();
  return useMemo(() => {
    const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    const full = new Intl.NumberFormat(locale);
    return {
      tick: (v: unknown) => (typeof v === 'number' ? compact.format(v) : String(v)),
      value: (v: unknown) => (typeof v === 'number' ? full.format(v) : String(v)),
    };
  }, [locale]);
}

const CHARTS = { line: LineChart, bar: BarChart, area: AreaChart, scatter: ScatterChart } as const;

/** A `chart(spec)` output drawn with recharts: line, bar, area or scatter, several series. */
export function ChartOutputView({ output }: { output: ChartOutput }) {
  const { spec } = output;
  const series = seriesOf(spec);
  const Chart = CHARTS[spec.type];
  const height = spec.height ?? 280;
  const format = useNumberFormats();
  return (
    <figure className="output output-chart" data-output-kind="chart" data-chart-type={spec.type} data-lesson-content>
      {spec.title && <figcaption className="chart-title">{spec.title}</figcaption>}
      {spec.yLabel && <div className="chart-ylabel">↑ {spec.yLabel}</div>}
      <div style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <Chart data={spec.data} margin={{ top: 8, right: 24, bottom: spec.xLabel ? 28 : 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey={spec.x}
              type={spec.type === 'scatter' ? 'number' : 'category'}
              label={spec.xLabel ? { value: spec.xLabel, position: 'insideBottom', offset: -16 } : undefined}
              tick={{ fontSize: 12 }}
            />
            <YAxis
              dataKey={spec.type === 'scatter' ? series[0]?.y : undefined}
              tickFormatter={format.tick}
              width={64}
              tick={{ fontSize: 12 }}
            />
            <Tooltip formatter={format.value} />
            {series.length > 1 && <Legend verticalAlign="top" height={28} />}
            {series.map((s) => {
              const common = { dataKey: s.y, name: s.label, isAnimationActive: false };
              switch (spec.type) {
                case 'bar':
                  return <Bar key={s.y} {...common} fill={s.color} stackId={spec.stacked ? 'a' : undefined} />;
                case 'area':
                  return <Area key={s.y} {...common} type="monotone" stroke={s.color} fill={s.color} fillOpacity={0.25} stackId={spec.stacked ? 'a' : undefined} />;
                case 'scatter':
                  return <Scatter key={s.y} {...common} fill={s.color} />;
                default:
                  return <Line key={s.y} {...common} type="monotone" stroke={s.color} strokeWidth={2} dot={spec.data.length <= 60} />;
              }
            })}
          </Chart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
