// Deadline rules are the municipality's (tenant's) choice; these defaults come from HLT (contact
// within 7 days, acute the same day; plan within 30 days), Västbas (EHT review 1-2 months after
// the plan; evaluation after 6 months) and HUB (follow each child for at least two years).

export interface DeadlineRules {
  /** Days from the request to first contact with the family. */
  firstContactDays: number;
  /** The same for acute requests (0 = the same day). */
  firstContactDaysAcute: number;
  /** Days from the request (the need being raised) to an agreed plan. */
  planWithinDays: number;
  /** Window after the plan in which the contact person raises the case in EHT. */
  ehtReviewAfterPlanDays: { min: number; max: number };
  /** Months from the plan (then from the last evaluation) to the next evaluation. */
  evaluationEveryMonths: number;
  /** Minimum follow-up time from the request, in years (HUB); null when not used. */
  followUpYears: number | null;
}

export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  firstContactDays: 7,
  firstContactDaysAcute: 0,
  planWithinDays: 30,
  ehtReviewAfterPlanDays: { min: 30, max: 60 },
  evaluationEveryMonths: 6,
  followUpYears: 2,
};

export interface RuleIssue {
  path: string;
  code:
    | "required"
    | "not_integer"
    | "out_of_range"
    | "min_after_max"
    | "acute_after_normal"
    | "unknown_field";
  messageEn: string;
  messageSv: string;
}

export type RulesValidation =
  { ok: true; rules: DeadlineRules } | { ok: false; issues: RuleIssue[] };

const LIMITS: Record<string, [number, number]> = {
  firstContactDays: [0, 365],
  firstContactDaysAcute: [0, 365],
  planWithinDays: [1, 365],
  "ehtReviewAfterPlanDays.min": [0, 365],
  "ehtReviewAfterPlanDays.max": [0, 365],
  evaluationEveryMonths: [1, 36],
  followUpYears: [1, 10],
};

const TOP_KEYS = Object.keys(DEFAULT_DEADLINE_RULES);

function issue(path: string, code: RuleIssue["code"], en: string, sv: string): RuleIssue {
  return { path, code, messageEn: en, messageSv: sv };
}

function checkNumber(path: string, value: unknown, issues: RuleIssue[]): value is number {
  const [min, max] = LIMITS[path] ?? [0, 0];
  if (value === undefined || value === null) {
    issues.push(issue(path, "required", `${path} is required.`, `${path} saknas.`));
  } else if (typeof value !== "number" || !Number.isInteger(value)) {
    issues.push(
      issue(
        path,
        "not_integer",
        `${path} must be a whole number.`,
        `${path} måste vara ett heltal.`,
      ),
    );
  } else if (value < min || value > max) {
    issues.push(
      issue(
        path,
        "out_of_range",
        `${path} must be ${min}-${max}.`,
        `${path} måste vara ${min}-${max}.`,
      ),
    );
  } else return true;
  return false;
}

/** Check a full rules object (e.g. a tenant's stored configuration). */
export function validateDeadlineRules(input: unknown): RulesValidation {
  const issues: RuleIssue[] = [];
  const o = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!TOP_KEYS.includes(key)) {
      issues.push(
        issue(key, "unknown_field", `Unknown setting ${key}.`, `Okänd inställning ${key}.`),
      );
    }
  }
  const normal = checkNumber("firstContactDays", o.firstContactDays, issues);
  const acute = checkNumber("firstContactDaysAcute", o.firstContactDaysAcute, issues);
  if (normal && acute && (o.firstContactDaysAcute as number) > (o.firstContactDays as number)) {
    issues.push(
      issue(
        "firstContactDaysAcute",
        "acute_after_normal",
        "Acute first contact cannot be later than normal first contact.",
        "Akut första kontakt kan inte ligga senare än vanlig första kontakt.",
      ),
    );
  }
  checkNumber("planWithinDays", o.planWithinDays, issues);
  const eht = (typeof o.ehtReviewAfterPlanDays === "object" && o.ehtReviewAfterPlanDays) || {};
  const e = eht as Record<string, unknown>;
  const min = checkNumber("ehtReviewAfterPlanDays.min", e.min, issues);
  const max = checkNumber("ehtReviewAfterPlanDays.max", e.max, issues);
  if (min && max && (e.min as number) > (e.max as number)) {
    issues.push(
      issue(
        "ehtReviewAfterPlanDays",
        "min_after_max",
        "The EHT review window starts after it ends.",
        "EHT-fönstret börjar efter att det slutar.",
      ),
    );
  }
  checkNumber("evaluationEveryMonths", o.evaluationEveryMonths, issues);
  if (o.followUpYears !== null) checkNumber("followUpYears", o.followUpYears, issues);
  if (issues.length > 0) return { ok: false, issues };
  const r = o as unknown as DeadlineRules;
  return {
    ok: true,
    rules: {
      ...r,
      ehtReviewAfterPlanDays: {
        min: r.ehtReviewAfterPlanDays.min,
        max: r.ehtReviewAfterPlanDays.max,
      },
    },
  };
}

/** A tenant's overrides on top of the defaults, validated. */
export function resolveDeadlineRules(overrides: Partial<DeadlineRules> = {}): RulesValidation {
  return validateDeadlineRules({ ...DEFAULT_DEADLINE_RULES, ...overrides });
}
