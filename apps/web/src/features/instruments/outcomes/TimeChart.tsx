import { useId } from "react";
import { monthTicks } from "./time-scale";

export interface ChartPoint {
  at: number;
  y: number | null;
  /** A point needing attention is drawn as a triangle, not only in another colour. */
  flagged?: boolean;
  /** Drawn next to the point, e.g. an arrow for reliable change. */
  note?: string;
}
export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}
export interface ChartBand {
  from: number;
  to: number;
  label: string;
  fill: string;
}

interface Props {
  title: string;
  /** A sentence or two saying what the chart shows; the data table below has the numbers. */
  summary: string;
  domain: [number, number];
  yMax: number;
  series: ChartSeries[];
  bands?: ChartBand[];
  lines?: { y: number; label: string }[];
  formatMonth: (ms: number) => string;
}

export const W = 640;
const H = 220;
export const M = { top: 12, right: 16, bottom: 28, left: 36 };

/** Where a moment falls across the chart's width; shared with the school strip. */
export const xOf = (domain: [number, number]) => (ms: number) =>
  M.left + ((ms - domain[0]) / (domain[1] - domain[0])) * (W - M.left - M.right);
// Dark strokes and dash patterns: series differ by more than colour (WCAG 1.4.1, 1.4.11).
const STROKES = [
  { color: "#1b4f72", dash: "" },
  { color: "#7b241c", dash: "6 4" },
  { color: "#145a32", dash: "2 3" },
];

/** A small accessible line chart: an SVG image with a title and description, drawn by hand. */
export function TimeChart({
  title,
  summary,
  domain,
  yMax,
  series,
  bands = [],
  lines = [],
  formatMonth,
}: Props) {
  const id = useId();
  const x = xOf(domain);
  const y = (v: number) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
  const yTicks = [0, yMax / 4, yMax / 2, (3 * yMax) / 4, yMax].map((v) => Math.round(v));
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        style={{ maxWidth: W, display: "block" }}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {bands.map((b) => (
          <g key={b.label}>
            <rect
              x={M.left}
              width={W - M.left - M.right}
              y={y(b.to)}
              height={y(b.from) - y(b.to)}
              fill={b.fill}
            />
            <text x={M.left + 4} y={y(b.to) + 12} fontSize="10" fill="#333">
              {b.label}
            </text>
          </g>
        ))}
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#d0d4d9" />
            <text x={M.left - 6} y={y(v) + 4} fontSize="11" textAnchor="end" fill="#333">
              {v}
            </text>
          </g>
        ))}
        {monthTicks(domain).map((ms) => (
          <text key={ms} x={x(ms)} y={H - 8} fontSize="11" textAnchor="middle" fill="#333">
            {formatMonth(ms)}
          </text>
        ))}
        {lines.map((l) => (
          <g key={l.label}>
            <line
              x1={M.left}
              x2={W - M.right}
              y1={y(l.y)}
              y2={y(l.y)}
              stroke="#000"
              strokeWidth="2"
              strokeDasharray="8 4"
            />
            <text x={W - M.right} y={y(l.y) - 4} fontSize="11" textAnchor="end" fill="#000">
              {l.label}
            </text>
          </g>
        ))}
        {series.map((s, i) => {
          const stroke = STROKES[i % STROKES.length]!;
          const shown = s.points.filter((p): p is ChartPoint & { y: number } => p.y !== null);
          return (
            <g key={s.name}>
              <polyline
                points={shown.map((p) => `${x(p.at)},${y(p.y)}`).join(" ")}
                fill="none"
                stroke={stroke.color}
                strokeWidth="2.5"
                strokeDasharray={stroke.dash}
              />
              {shown.map((p) => (
                <g key={p.at}>
                  {p.flagged ? (
                    <path
                      d={`M${x(p.at)},${y(p.y) - 7} l6,11 h-12 z`}
                      fill="#b00020"
                      stroke="#000"
                    />
                  ) : (
                    <circle cx={x(p.at)} cy={y(p.y)} r="4.5" fill={stroke.color} stroke="#fff" />
                  )}
                  {p.note && (
                    <text x={x(p.at) + 7} y={y(p.y) - 8} fontSize="13" fontWeight="700" fill="#000">
                      {p.note}
                    </text>
                  )}
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <figcaption style={{ fontSize: 13 }}>
          {series.map((s, i) => (
            <span key={s.name} style={{ marginRight: 16, whiteSpace: "nowrap" }}>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  x2="28"
                  y1="5"
                  y2="5"
                  stroke={STROKES[i % STROKES.length]!.color}
                  strokeWidth="2.5"
                  strokeDasharray={STROKES[i % STROKES.length]!.dash}
                />
              </svg>{" "}
              {s.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
