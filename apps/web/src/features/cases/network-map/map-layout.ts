import type { NetworkMap } from "../shared/case-types";

type Entry = NetworkMap["entries"][number];

// The private network on the left, the professional on the right, each split into sectors.
export const SECTORS = {
  private: ["family", "relatives", "friends", "leisure", "other"],
  professional: ["school", "social_services", "health", "other"],
} as const;
export const SIZE = { width: 800, height: 600 };
export const CENTRE = { x: 400, y: 300 };
/** Outer edge of each closeness ring; 1 is closest to the child. */
export const RING_EDGES = [120, 190, 260];
export const CHILD_RADIUS = 48;
const RING_MIDDLES = [85, 155, 225];

export interface PlacedEntry {
  entry: Entry;
  x: number;
  y: number;
}

export interface SectorLine {
  key: string;
  angle: number;
  network: Entry["network"];
  sector: string;
  /** Angle in the middle of the sector, where its label goes. */
  labelAngle: number;
}

// Angles in degrees, clockwise from "east" as in SVG: the left half runs 90° → 270°.
const HALF_START = { private: 90, professional: -90 } as const;

const point = (angle: number, radius: number) => ({
  x: CENTRE.x + radius * Math.cos((angle * Math.PI) / 180),
  y: CENTRE.y + radius * Math.sin((angle * Math.PI) / 180),
});

export const pointAt = point;

function sectorOf(entry: Entry): string {
  const sectors: readonly string[] = SECTORS[entry.network];
  return sectors.includes(entry.sector) ? entry.sector : "other";
}

/** Where each sector sits: its start angle and the middle for its label. */
export function sectorLines(): SectorLine[] {
  return (["private", "professional"] as const).flatMap((network) => {
    const span = 180 / SECTORS[network].length;
    return SECTORS[network].map((sector, i) => {
      const angle = HALF_START[network] + i * span;
      return { key: `${network}-${sector}`, angle, network, sector, labelAngle: angle + span / 2 };
    });
  });
}

/** Each entry on its ring, spread evenly inside its sector. */
export function placeEntries(entries: Entry[]): PlacedEntry[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = `${entry.network}|${sectorOf(entry)}|${entry.closeness}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()].flatMap(([key, group]) => {
    const [network, sector, closeness] = key.split("|") as [Entry["network"], string, string];
    const sectors: readonly string[] = SECTORS[network];
    const span = 180 / sectors.length;
    const start = HALF_START[network] + sectors.indexOf(sector) * span;
    const radius = RING_MIDDLES[Number(closeness) - 1] ?? RING_MIDDLES[2]!;
    return group.map((entry, i) => ({
      entry,
      ...point(start + (span * (i + 1)) / (group.length + 1), radius),
    }));
  });
}
