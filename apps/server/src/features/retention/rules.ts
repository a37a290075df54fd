import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";

// The retention rules a tenant can tune (issue #21.4, ADR 0037). Defaults follow the usual
// Swedish practice: social services' and student health's collaboration documents five years
// after closure (SoL 12 kap., arkivlagen with the municipality's gallringsbeslut), attendance two
// years after its term, the audit log ten years (HSLF-FS 2016:40 asks that logs be kept long
// enough to follow up access).

export const RETENTION_RULES = [
  "closed_case",
  "declined_request",
  "attendance_lessons",
  "expired_sessions",
  "import_files",
  "audit_entries",
  "leisure_participation",
  "closed_early_support",
] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

export interface RuleDefinition {
  unit: "years" | "days";
  defaultAmount: number;
  /** The longest a tenant may set: a typo of 500 years is refused too. */
  maxAmount: number;
  sv: string;
  en: string;
}

export const RULE_DEFINITIONS: Record<RetentionRule, RuleDefinition> = {
  closed_case: {
    unit: "years",
    defaultAmount: 5,
    maxAmount: 100,
    sv: "Avslutade ärenden med dokument, plan, möten och samtycken, år efter avslut",
    en: "Closed cases with documents, plan, meetings and consents, years after closure",
  },
  declined_request: {
    unit: "years",
    defaultAmount: 2,
    maxAmount: 100,
    sv: "Avslagna förfrågningar, år efter beslutet",
    en: "Declined requests, years after the decision",
  },
  attendance_lessons: {
    unit: "years",
    defaultAmount: 2,
    maxAmount: 100,
    sv: "Närvaro per lektion och dag, år efter terminens slut",
    en: "Attendance per lesson and day, years after the term ended",
  },
  expired_sessions: {
    unit: "days",
    defaultAmount: 7,
    maxAmount: 3650,
    sv: "Utgångna inloggningar, dagar efter senaste aktivitet",
    en: "Expired sessions, days after last activity",
  },
  import_files: {
    unit: "days",
    defaultAmount: 30,
    maxAmount: 3650,
    sv: "Uppladdade importfiler och importrapporter, dagar efter uppladdning",
    en: "Uploaded import files and import reports, days after upload",
  },
  audit_entries: {
    unit: "years",
    defaultAmount: 10,
    maxAmount: 100,
    sv: "Loggposter, år efter händelsen",
    en: "Audit entries, years after the event",
  },
  leisure_participation: {
    unit: "years",
    defaultAmount: 2,
    maxAmount: 100,
    sv: "Deltagande i aktiviteter med samtycke och närvaro, och hanterade förslag, år efter slutet",
    en: "Participation in activities with consent and attendance, and handled suggestions, years after it ended",
  },
  // Early support without a case (issue 22): no authority decision and no case, kept only with
  // the family's consent, so as long as a declined request: two years after it was closed or
  // became a request (the case keeps what was passed on), with the lead's answered asks.
  closed_early_support: {
    unit: "years",
    defaultAmount: 2,
    maxAmount: 100,
    sv: "Avslutat tidigt stöd och besvarade frågor om barnets plan, år efter avslut",
    en: "Closed early support and answered asks to start a plan, years after closing",
  },
};

export interface TenantRule {
  rule: RetentionRule;
  amount: number;
  unit: "years" | "days";
  isDefault: boolean;
}

export async function readRules(db: Kysely<Database>, tenantId: string): Promise<TenantRule[]> {
  const rows = await db
    .selectFrom("retention_rule")
    .select(["rule", "amount"])
    .where("tenant_id", "=", tenantId)
    .execute();
  const set = new Map(rows.map((r) => [r.rule, r.amount]));
  return RETENTION_RULES.map((rule) => {
    const def = RULE_DEFINITIONS[rule];
    const amount = set.get(rule);
    return {
      rule,
      unit: def.unit,
      amount: amount ?? def.defaultAmount,
      isDefault: amount === undefined,
    };
  });
}

/** The instant before which data of this rule is due: now minus the rule's years or days. */
export function cutoff(rule: TenantRule, now: Date): Date {
  const d = new Date(now);
  if (rule.unit === "years") d.setUTCFullYear(d.getUTCFullYear() - rule.amount);
  else d.setUTCDate(d.getUTCDate() - rule.amount);
  return d;
}

/** Why an amount is refused, in Swedish and English; null when it is fine. */
export function refuseAmount(rule: RetentionRule, amount: number) {
  const def = RULE_DEFINITIONS[rule];
  const unitSv = def.unit === "years" ? "år" : "dagar";
  if (!Number.isInteger(amount) || amount < 1)
    return {
      sv: `Gallringsregeln måste vara minst 1 ${unitSv === "år" ? "år" : "dag"}: 0 skulle ta bort uppgifterna direkt, utan förhandsvisning.`,
      en: `The retention rule must be at least 1 ${def.unit === "years" ? "year" : "day"}: 0 would remove the data at once, without a preview.`,
    };
  if (amount > def.maxAmount)
    return {
      sv: `Högst ${def.maxAmount} ${unitSv}.`,
      en: `At most ${def.maxAmount} ${def.unit}.`,
    };
  return null;
}
