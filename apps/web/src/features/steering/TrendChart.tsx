import { Box, Text } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

export interface ChartBar {
  label: string;
  /** Null: no figure (hidden or nothing to count); drawn as an empty slot. */
  value: number | null;
  text: string;
}

interface Props {
  title: string;
  bars: ChartBar[];
  /** The scale's top; by default the largest value. */
  max?: number;
  /** A target drawn as a line across the bars. */
  target?: number | null;
}

const W = 640;
const H = 220;
const PAD = { top: 16, bottom: 40, left: 8, right: 8 };

/**
 * Bars over periods, drawn as plain SVG (no chart library in the bundle). It is an image with a
 * text name for screen readers; the same figures are in the table that follows it (the table
 * alternative), so nothing is only in the picture. Colours and text have 4.5:1 on white.
 */
export function TrendChart({ title, bars, max, target }: Props) {
  const { t } = useTranslation("steering");
  const titleId = useId();
  const top = Math.max(max ?? 0, target ?? 0, ...bars.map((b) => b.value ?? 0), 1e-9);
  const slot = (W - PAD.left - PAD.right) / Math.max(bars.length, 1);
  const height = (v: number) => ((H - PAD.top - PAD.bottom) * v) / top;
  const base = H - PAD.bottom;
  return (
    <Box className="steering-chart" maw={W}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} width="100%">
        <title id={titleId}>{`${title}. ${t("indicator.chartNote")}`}</title>
        <line x1={PAD.left} x2={W - PAD.right} y1={base} y2={base} stroke="#495057" />
        {bars.map((b, i) => {
          const x = PAD.left + i * slot + slot * 0.15;
          const w = slot * 0.7;
          const h = b.value === null ? 0 : height(b.value);
          return (
            <g key={b.label}>
              {b.value !== null && <rect x={x} y={base - h} width={w} height={h} fill="#1c5a8c" />}
              <text x={x + w / 2} y={base - h - 4} textAnchor="middle" fontSize="11" fill="#212529">
                {b.text}
              </text>
              <text x={x + w / 2} y={base + 16} textAnchor="middle" fontSize="11" fill="#212529">
                {b.label}
              </text>
            </g>
          );
        })}
        {target != null && (
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={base - height(target)}
            y2={base - height(target)}
            stroke="#a61e4d"
            strokeWidth={2}
            strokeDasharray="6 4"
          />
        )}
      </svg>
      <Text size="sm">{t("indicator.chartNote")}</Text>
    </Box>
  );
}
