/**
 * Runtime validation of SDQ input. Input arrives from forms, imports and a JSON-lines CLI,
 * so the static types cannot be trusted; everything is checked before scoring.
 */
import { describeValue, InstrumentInputError } from "./errors";
import type { SdqAnswer, SdqImpactAnswer, SdqInformant, SdqVersion } from "./sdq-forms";
import {
  SDQ_FORMS,
  SDQ_IMPACT_ITEMS,
  SDQ_INFORMANTS,
  SDQ_ITEM_COUNT,
  SDQ_VERSIONS,
} from "./sdq-forms";

export interface SdqInput {
  readonly informant: SdqInformant;
  /** 25 answers in questionnaire order, as ticked (before reversal); null = not answered. */
  readonly answers: readonly SdqAnswer[];
  /**
   * Impact supplement: parent and self 5 items (distress, home, friendships, classroom,
   * leisure), teacher 3 (distress, friendships, classroom). Absent or null = not collected.
   */
  readonly impact?: readonly SdqImpactAnswer[] | null;
  /** The respondent answered that the child has no difficulties, so impact is 0. */
  readonly noDifficulties?: boolean;
  /** Form version; only checked against the informant, scoring is identical for all. */
  readonly sdqVersion?: SdqVersion;
}

const INFORMANT_SV: Record<SdqInformant, string> = {
  parent: "förälder",
  teacher: "lärare",
  self: "självskattning",
};

function fail(message: string, messageSv: string, field: string): never {
  throw new InstrumentInputError(message, messageSv, field);
}

function isOneOf<T>(allowed: readonly T[], value: unknown): value is T {
  return (allowed as readonly unknown[]).includes(value);
}

function checkInformant(value: unknown): SdqInformant {
  if (isOneOf(SDQ_INFORMANTS, value)) return value;
  return fail(
    `SDQ informant must be "parent", "teacher" or "self", got ${describeValue(value)}`,
    `SDQ-uppgiftslämnare måste vara "parent", "teacher" eller "self", fick ${describeValue(value)}`,
    "informant",
  );
}

function checkAnswers(value: unknown): SdqAnswer[] {
  if (!Array.isArray(value) || value.length !== SDQ_ITEM_COUNT) {
    const got = Array.isArray(value) ? `${value.length} values` : describeValue(value);
    const gotSv = Array.isArray(value) ? `${value.length} värden` : describeValue(value);
    fail(
      `SDQ answers must be a list of ${SDQ_ITEM_COUNT} values, got ${got}`,
      `SDQ-svaren måste vara en lista med ${SDQ_ITEM_COUNT} värden, fick ${gotSv}`,
      "answers",
    );
  }
  // Array.from turns holes in sparse arrays into undefined, which is then rejected.
  return Array.from(value as unknown[], (answer, i) => {
    if (isOneOf([0, 1, 2, null] as const, answer)) return answer;
    return fail(
      `SDQ answer to item ${i + 1} must be 0, 1, 2 or null, got ${describeValue(answer)}`,
      `SDQ-svaret på fråga ${i + 1} måste vara 0, 1, 2 eller null, fick ${describeValue(answer)}`,
      `answers[${i}]`,
    );
  });
}

function checkImpact(value: unknown, informant: SdqInformant): SdqImpactAnswer[] | null {
  if (value === undefined || value === null) return null;
  const keys = SDQ_IMPACT_ITEMS[informant];
  if (!Array.isArray(value) || value.length !== keys.length) {
    const got = Array.isArray(value) ? `${value.length} values` : describeValue(value);
    const gotSv = Array.isArray(value) ? `${value.length} värden` : describeValue(value);
    fail(
      `SDQ impact for a ${informant} form must be a list of ${keys.length} values (${keys.join(", ")}), got ${got}`,
      `SDQ-påverkan för ${INFORMANT_SV[informant]} måste vara en lista med ${keys.length} värden, fick ${gotSv}`,
      "impact",
    );
  }
  return Array.from(value as unknown[], (answer, i) => {
    if (isOneOf([0, 1, 2, 3, null] as const, answer)) return answer;
    return fail(
      `SDQ impact item ${i + 1} (${keys[i]}) must be 0, 1, 2, 3 or null, got ${describeValue(answer)}`,
      `SDQ-påverkansfråga ${i + 1} måste vara 0, 1, 2, 3 eller null, fick ${describeValue(answer)}`,
      `impact[${i}]`,
    );
  });
}

function checkVersion(value: unknown, informant: SdqInformant): SdqVersion | undefined {
  if (value === undefined) return undefined;
  if (!isOneOf(SDQ_VERSIONS, value)) {
    fail(
      `SDQ version must be "2-4", "4-17" or "11-17", got ${describeValue(value)}`,
      `SDQ-version måste vara "2-4", "4-17" eller "11-17", fick ${describeValue(value)}`,
      "sdqVersion",
    );
  }
  const allowed = SDQ_FORMS.versions[value].informants;
  if (!allowed.includes(informant)) {
    fail(
      `The SDQ ${value} form has no ${informant} version (it is for: ${allowed.join(", ")})`,
      `SDQ-formuläret ${value} finns inte för ${INFORMANT_SV[informant]} (bara för: ${allowed.join(", ")})`,
      "sdqVersion",
    );
  }
  return value;
}

/** Checks untrusted input and returns a clean copy; throws InstrumentInputError otherwise. */
export function validateSdqInput(input: unknown): SdqInput {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    fail(
      `SDQ input must be an object, got ${describeValue(input)}`,
      `SDQ-indata måste vara ett objekt, fick ${describeValue(input)}`,
      "",
    );
  }
  const raw = input as Record<string, unknown>;
  const informant = checkInformant(raw.informant);
  const answers = checkAnswers(raw.answers);
  const impact = checkImpact(raw.impact, informant);
  if (raw.noDifficulties !== undefined && typeof raw.noDifficulties !== "boolean") {
    fail(
      `SDQ noDifficulties must be true or false, got ${describeValue(raw.noDifficulties)}`,
      `SDQ noDifficulties måste vara true eller false, fick ${describeValue(raw.noDifficulties)}`,
      "noDifficulties",
    );
  }
  const sdqVersion = checkVersion(raw.sdqVersion, informant);
  return {
    informant,
    answers,
    impact,
    noDifficulties: raw.noDifficulties === true,
    ...(sdqVersion === undefined ? {} : { sdqVersion }),
  };
}
