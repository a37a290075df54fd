import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { NetworkMap } from "../shared/case-types";
import {
  CENTRE,
  CHILD_RADIUS,
  placeEntries,
  pointAt,
  RING_EDGES,
  sectorLines,
  SIZE,
} from "./map-layout";
import { useNetworkMapTexts } from "./networkMap-texts";

const INK = "#1f2933";
const PRIVATE = "#6b2f8f";
const PROFESSIONAL = "#0b5257";
const shorten = (text: string) => (text.length > 20 ? `${text.slice(0, 19)}…` : text);

/**
 * The ecomap drawn: the child in the centre, closeness rings 1-3, private network to the left
 * (round marks), professional to the right (square marks). One image with a title and a
 * description; the table beside it holds the same facts for screen readers and keyboards.
 */
export function NetworkMapSvg({ map }: { map: NetworkMap }) {
  useNetworkMapTexts();
  const { t } = useTranslation("networkMap");
  const id = useId();
  const count = (network: string) => map.entries.filter((e) => e.network === network).length;
  return (
    <svg
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      style={{ width: "100%", height: "auto", maxWidth: SIZE.width, display: "block" }}
    >
      <title id={`${id}-title`}>{t("svgTitle", { name: map.childName })}</title>
      <desc id={`${id}-desc`}>
        {t("svgDesc", { private: count("private"), professional: count("professional") })}
      </desc>
      <rect width={SIZE.width} height={SIZE.height} fill="#fff" />
      {RING_EDGES.map((r, i) => (
        <circle
          key={r}
          cx={CENTRE.x}
          cy={CENTRE.y}
          r={r}
          fill="none"
          stroke="#8a959e"
          strokeDasharray={i === 2 ? undefined : "6 5"}
        />
      ))}
      {sectorLines().map((s) => {
        const from = pointAt(s.angle, CHILD_RADIUS);
        const to = pointAt(s.angle, RING_EDGES[2]!);
        const label = pointAt(s.labelAngle, RING_EDGES[2]! + 14);
        // The first line of each half is the divide between private and professional.
        const divide = s.angle === 90 || s.angle === -90;
        return (
          <g key={s.key}>
            <line
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              stroke={divide ? INK : "#c3cad0"}
              strokeWidth={divide ? 2 : 1}
            />
            <text
              x={label.x}
              y={label.y}
              fontSize={13}
              fill={INK}
              textAnchor={s.network === "private" ? "end" : "start"}
              dominantBaseline="middle"
            >
              {t(`sectors.${s.sector}` as "sectors.family")}
            </text>
          </g>
        );
      })}
      <text x={16} y={24} fontSize={16} fontWeight={700} fill={PRIVATE}>
        {t("private")}
      </text>
      <text
        x={SIZE.width - 16}
        y={24}
        fontSize={16}
        fontWeight={700}
        fill={PROFESSIONAL}
        textAnchor="end"
      >
        {t("professional")}
      </text>
      {RING_EDGES.map((r, i) => (
        <text key={r} x={CENTRE.x + 6} y={CENTRE.y - r + 14} fontSize={11} fill={INK}>
          {i + 1}
        </text>
      ))}
      <circle
        cx={CENTRE.x}
        cy={CENTRE.y}
        r={CHILD_RADIUS}
        fill="#e6f4f4"
        stroke={PROFESSIONAL}
        strokeWidth={2}
      />
      <text
        x={CENTRE.x}
        y={CENTRE.y}
        fontSize={15}
        fontWeight={700}
        fill={INK}
        textAnchor="middle"
        dominantBaseline="middle"
      >
        {shorten(map.childName)}
      </text>
      {placeEntries(map.entries).map(({ entry, x, y }) => (
        <g key={entry.id}>
          {entry.network === "private" ? (
            <circle cx={x} cy={y} r={7} fill={PRIVATE} />
          ) : (
            <rect x={x - 7} y={y - 7} width={14} height={14} fill={PROFESSIONAL} />
          )}
          <text x={x} y={y + 20} fontSize={12} fill={INK} textAnchor="middle">
            {shorten(entry.name)}
          </text>
        </g>
      ))}
    </svg>
  );
}
