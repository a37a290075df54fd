import { useTranslation } from "react-i18next";
import { useChild } from "../../children/children.api";
import type { ChosenChild } from "../../children/chosen-child";
import { useEarlySupport } from "../../early-support/early-support.api";
import type { RequestPrefill } from "./RequestForm";
import { useRequestTexts } from "./request-texts";

export interface RequestStart {
  pending: boolean;
  error: unknown;
  child: ChosenChild | null;
  prefill?: RequestPrefill;
}

/**
 * Where a new request starts: from an early-support contact (its child, and what was learned
 * written into the request for the professional to confirm, issue 22), from a child named by a
 * task ("Starta en barnets plan"), or from nothing (the raiser searches for the child).
 */
export function useRequestStart(earlySupportId?: string, childId?: string): RequestStart {
  useRequestTexts();
  const { t } = useTranslation("request");
  const contact = useEarlySupport(earlySupportId ?? null);
  const record = useChild(!earlySupportId && childId ? childId : null);
  if (earlySupportId) {
    if (!contact.data) return { pending: contact.isPending, error: contact.error, child: null };
    const c = contact.data;
    const lines = [
      c.about,
      c.protectiveFactors.length
        ? t("fromEarlySupport.protective", { list: c.protectiveFactors.join(", ") })
        : "",
      c.riskFactors.length ? t("fromEarlySupport.risk", { list: c.riskFactors.join(", ") }) : "",
    ];
    const tried = [
      c.agreed ? t("fromEarlySupport.agreed", { agreed: c.agreed }) : "",
      ...c.notes.map((n) => t("fromEarlySupport.note", { date: n.on, body: n.body })),
    ];
    return {
      pending: false,
      error: null,
      child: { id: c.childId, ...c.child },
      prefill: {
        earlySupportId: c.id,
        raisedByUnitId: c.unitId,
        concern: lines.filter(Boolean).join("\n").slice(0, 4000),
        triedSoFar: tried.filter(Boolean).join("\n").slice(0, 4000),
      },
    };
  }
  if (childId) {
    if (!record.data) return { pending: record.isPending, error: record.error, child: null };
    const r = record.data;
    return {
      pending: false,
      error: null,
      child: {
        id: r.id,
        givenName: r.givenName,
        familyName: r.familyName,
        personalNumber: r.personalNumber,
        guardians: r.guardians,
      },
    };
  }
  return { pending: false, error: null, child: null };
}
