// The child's instrument results as series per informant, with the change between consecutive
// measurements judged by the domain's reliable-change rules. Pure: rows in, series out.
import type { InstrumentScores, InstrumentThresholds } from "@kring/contracts";
import {
  SDQ_SCORE_KEYS,
  type OrsCutoffGroup,
  type SdqInformant,
  ageOn,
  orsCutoffGroup,
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

/**
 * The ORS cut-off for the child's age when measured (#17.15): CORS 6-12, ORS 13-17, adults.
 * A child's chart is judged and drawn against the child's cut-off, never the adults' 25.
 */
export function orsCutoffFor(
  version: string,
  birthDate: string | null,
  on: string,
  t: InstrumentThresholds,
): { cutoff: number; group: OrsCutoffGroup } {
  const group = orsCutoffGroup(
    version === "CORS" ? "CORS" : "ORS",
    birthDate ? ageOn(birthDate, on) : null,
  );
  const cutoff = {
    child: t.corsClinicalCutoff,
    youth: t.orsYouthClinicalCutoff,
    adult: t.orsClinicalCutoff,
  }[group];
  return { cutoff, group };
}

/** ORS and SRS totals, judged against the tenant's current cut-offs (ORS: by age). */
export function vasSeries(
  rows: ResultRow[],
  instrument: "ors" | "srs",
  t: InstrumentThresholds,
  birthDate: string | null = null,
) {
  return byInformant(
    rows.filter((r) => r.instrument === instrument),
    (list) =>
      list.map((r, i) => {
        const total = (r.scores as { total: number }).total;
        const prev = (list[i - 1]?.scores as { total: number } | undefined)?.total;
        const ors = instrument === "ors";
        const orsCutoff = ors ? orsCutoffFor(r.version, birthDate, r.on, t) : null;
        const cutoff = orsCutoff ? orsCutoff.cutoff : t.srsAlertBelow;
        return {
          responseId: r.responseId,
          caseId: r.caseId,
          on: r.on,
          version: r.version,
          total,
          flagged: total < cutoff,
          cutoff,
          cutoffGroup: orsCutoff?.group ?? null,
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
