// The child's instrument results as series per informant, with the change between consecutive
// measurements judged by the domain's reliable-change rules. Pure: rows in, series out.
import type { InstrumentScores, InstrumentThresholds } from "@kring/contracts";
import {
  SDQ_SCORE_KEYS,
  type SdqInformant,
  orsReliableChange,
  sdqReliableChange,
} from "@kring/domain/instruments";
import type { InstrumentVersion } from "../../platform/db/tables/instruments";

export interface ResultRow {
  responseId: string;
  caseId: string;
  on: string;
  instrument: "sdq" | "ors" | "srs";
  informant: SdqInformant;
  version: InstrumentVersion;
  meetingKind: string | null;
  scores: InstrumentScores;
}

const INFORMANTS: SdqInformant[] = ["parent", "teacher", "self"];

function byInformant<T>(rows: ResultRow[], toPoints: (rows: ResultRow[]) => T[]) {
  return INFORMANTS.map((informant) => ({
    informant,
    points: toPoints(
      rows.filter((r) => r.informant === informant).sort((a, b) => a.on.localeCompare(b.on)),
    ),
  })).filter((s) => s.points.length > 0);
}

export function sdqSeries(rows: ResultRow[]) {
  return byInformant(
    rows.filter((r) => r.instrument === "sdq"),
    (list) =>
      list.map((r, i) => {
        const s = r.scores as Extract<InstrumentScores, { instrument: "sdq" }>;
        const prev = list[i - 1]?.scores as typeof s | undefined;
        return {
          responseId: r.responseId,
          caseId: r.caseId,
          on: r.on,
          version: r.version,
          scores: s.scores,
          bands3: s.bands3,
          bands4: s.bands4,
          reliableChange: prev
            ? Object.fromEntries(
                SDQ_SCORE_KEYS.map((key) => [
                  key,
                  sdqReliableChange(
                    r.informant,
                    key,
                    prev.scores[key] ?? null,
                    s.scores[key] ?? null,
                  ),
                ]),
              )
            : null,
        };
      }),
  );
}

/** ORS and SRS totals, judged against the tenant's current cut-offs. */
export function vasSeries(rows: ResultRow[], instrument: "ors" | "srs", t: InstrumentThresholds) {
  return byInformant(
    rows.filter((r) => r.instrument === instrument),
    (list) =>
      list.map((r, i) => {
        const total = (r.scores as { total: number }).total;
        const prev = (list[i - 1]?.scores as { total: number } | undefined)?.total;
        const ors = instrument === "ors";
        return {
          responseId: r.responseId,
          caseId: r.caseId,
          on: r.on,
          version: r.version,
          total,
          flagged: ors ? total < t.orsClinicalCutoff : total < t.srsAlertBelow,
          meetingKind: r.meetingKind,
          change: ors && prev !== undefined ? Math.round((total - prev) * 10) / 10 : null,
          reliableChange:
            ors && prev !== undefined
              ? orsReliableChange(prev, total, { threshold: t.orsReliableChange })
              : null,
        };
      }),
  );
}
