import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/*
 * The dashboard's charts (Recharts). A chart repeats a table that is on the page next to it: the table is its text
 * alternative, so the drawing itself is one image with a name that says so, and withheld figures are not drawn.
 */

/** Colours with at least 3:1 contrast on white, distinguishable with the common colour vision deficiencies. */
export const SERIES_COLOURS = ['#1f5fa8', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#be185d', '#4d7c0f', '#374151'];

export interface Series {
  key: string;
  label: string;
}

function ChartFrame({ label, children, height = 280 }: { label: string; children: ReactNode; height?: number }) {
  return (
    <figure className="statistics-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

/** Bars by category, one per series (stacked when there are several: the second dimension). */
export function BarsChart({ label, data, series, stacked = false, layout = 'horizontal' }: { label: string; data: Record<string, unknown>[]; series: Series[]; stacked?: boolean; layout?: 'horizontal' | 'vertical' }) {
  return (
    // Bars lying down get room for each category's label.
    <ChartFrame label={label} height={layout === 'vertical' ? Math.max(200, 48 * data.length + 40) : 280}>
      <BarChart data={data} layout={layout} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {layout === 'horizontal' ? <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} /> : <XAxis type="number" allowDecimals={false} />}
        {layout === 'horizontal' ? <YAxis allowDecimals={false} /> : <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} />}
        <Tooltip />
        {series.length > 1 && <Legend />}
        {series.map((item, index) => (
          <Bar key={item.key} dataKey={item.key} name={item.label} fill={SERIES_COLOURS[index % SERIES_COLOURS.length]} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

/** Values over time; a withheld point leaves a gap in the line. */
export function LinesChart({ label, data, series }: { label: string; data: Record<string, unknown>[]; series: Series[] }) {
  return (
    <ChartFrame label={label}>
      <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        {series.length > 1 && <Legend />}
        {series.map((item, index) => (
          <Line key={item.key} dataKey={item.key} name={item.label} stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
