/// <reference lib="dom" />
/**
 * UI Kit's BarChart drawn as SVG: Forge's charts come from a package that is not on npm
 * (@atlassian/viz-platform-charts), so the preview draws its own. Bars stack by `colorAccessor`.
 */
import type { ReactNode } from 'react';

const PALETTE = ['#1D7AFC', '#22A06B', '#E56910', '#8F7EE7', '#C9372C', '#2898BD', '#B38600', '#943D73', '#6A9A23', '#505F79'];
const W = 720;
const H = 240;
const PAD = { left: 40, right: 10, top: 30, bottom: 40 };

type Row = Record<string, unknown>;

export function BarChart(props: { data?: Row[]; xAccessor?: string | number; yAccessor?: string | number; colorAccessor?: string | number; title?: string }): ReactNode {
  const data = props.data ?? [];
  const x = (r: Row) => String(r[String(props.xAccessor)]);
  const y = (r: Row) => Number(r[String(props.yAccessor)]) || 0;
  const series = (r: Row) => (props.colorAccessor === undefined ? '' : String(r[String(props.colorAccessor)]));
  const xs = [...new Set(data.map(x))];
  // Series with no value at all (a placeholder that keeps a quiet day on the axis) get no colour or legend.
  const names = [...new Set(data.filter((r) => y(r) > 0).map(series))];
  const totals = xs.map((v) => data.filter((r) => x(r) === v).reduce((n, r) => n + y(r), 0));
  const max = Math.max(1, ...totals);
  const band = (W - PAD.left - PAD.right) / Math.max(1, xs.length);
  const scale = (H - PAD.top - PAD.bottom) / max;
  return (
    <figure style={{ margin: 0 }} data-chart="bar">
      <svg width={W} height={H} role="img" aria-label={props.title ?? 'Bar chart'}>
        {props.title ? <text x={PAD.left} y={16} fontSize={14} fontWeight={600} fill="#172B4D">{props.title}</text> : null}
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#8590A2" />
        <text x={PAD.left - 6} y={PAD.top + 4} fontSize={11} textAnchor="end" fill="#626F86">{max}</text>
        <text x={PAD.left - 6} y={H - PAD.bottom} fontSize={11} textAnchor="end" fill="#626F86">0</text>
        {xs.map((v, i) => {
          let base = H - PAD.bottom;
          return (
            <g key={v}>
              {names.map((name, s) => {
                const value = data.filter((r) => x(r) === v && series(r) === name).reduce((n, r) => n + y(r), 0);
                if (value === 0) return null;
                const h = value * scale;
                base -= h;
                return <rect key={name} x={PAD.left + i * band + band * 0.15} y={base} width={band * 0.7} height={h} fill={PALETTE[s % PALETTE.length]}><title>{`${v} ${name}: ${value}`}</title></rect>;
              })}
              <text x={PAD.left + i * band + band / 2} y={H - PAD.bottom + 16} fontSize={11} textAnchor="middle" fill="#626F86">{v}</text>
            </g>
          );
        })}
      </svg>
      {names.length > 1 || names[0] ? (
        <figcaption style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 12, color: '#44546F' }}>
          {names.map((name, s) => (
            <span key={name}><span style={{ display: 'inline-block', width: 10, height: 10, marginRight: 4, background: PALETTE[s % PALETTE.length] }} />{name}</span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}
