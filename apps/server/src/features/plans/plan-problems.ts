import type { PlanGap } from "@kring/domain/plans";
import { AppError } from "../../platform/http/errors";

/** 422 listing what the plan lacks, so the page can say exactly what is missing. */
export function gapsProblem(gaps: PlanGap[]) {
  return new AppError(
    422,
    "plan_incomplete",
    "Planen kan inte godkännas än. Det här saknas: " + gaps.map((g) => g.messageSv).join(" "),
    "The plan cannot be agreed yet. Missing: " + gaps.map((g) => g.messageEn).join(" "),
    { missing: gaps.map(toGapBody) },
  );
}

export const toGapBody = (g: PlanGap) => ({
  code: g.code,
  legal: g.legal,
  message: { sv: g.messageSv, en: g.messageEn },
  ids: g.ids,
});
