/**
 * SDQ reliable change, with the thresholds used in NHS children and young people's outcome
 * practice (domain.md section 6).
 */
import { describeValue, InstrumentInputError } from "./errors";
import type { SdqInformant, SdqScoreKey } from "./sdq-forms";
import { SDQ_SCORE_KEYS, sdqScoreMax } from "./sdq-forms";
import type { ReliableChange } from "./reliable-change";
import { classifyChange } from "./reliable-change";

/**
 * Minimum change in points that counts as reliable. Scores without an entry (teacher
 * reports, total, externalising, internalising) have no published threshold, and we do not
 * invent one: callers get null and can show the raw change instead.
 */
export const SDQ_RELIABLE_CHANGE_THRESHOLDS: Readonly<
  Record<SdqInformant, Readonly<Partial<Record<SdqScoreKey, number>>>>
> = {
  parent: { emotional: 4, conduct: 4, hyperactivity: 4, peer: 3, prosocial: 3, impact: 3 },
  self: { emotional: 4, conduct: 4, hyperactivity: 4, peer: 5, prosocial: 4, impact: 3 },
  teacher: {},
};

/**
 * Points by which the total difficulties score must fall to count as improved in the steering
 * figures. The total has no published reliable-change threshold, so this is a default the tenant
 * can change (its instrument settings), not a published value.
 */
export const SDQ_DEFAULT_TOTAL_IMPROVEMENT = 3;

function checkScore(
  informant: SdqInformant,
  scale: SdqScoreKey,
  which: "before" | "after",
  score: number | null,
): void {
  if (score === null) return;
  const max = sdqScoreMax(informant, scale);
  if (typeof score !== "number" || !Number.isInteger(score) || score < 0 || score > max) {
    const sv = which === "before" ? "före" : "efter";
    throw new InstrumentInputError(
      `SDQ ${scale} score ${which} must be a whole number from 0 to ${max}, got ${describeValue(score)}`,
      `SDQ-poängen (${scale}) ${sv} måste vara ett heltal från 0 till ${max}, fick ${describeValue(score)}`,
      which,
    );
  }
}

/**
 * Whether a child's SDQ score changed reliably between two measurements by the same kind of
 * informant. Lower is better on the difficulty scales and impact, higher on prosocial.
 * Returns null when either score is missing or no threshold is published.
 */
export function sdqReliableChange(
  informant: SdqInformant,
  scale: SdqScoreKey,
  before: number | null,
  after: number | null,
): ReliableChange | null {
  const thresholds = SDQ_RELIABLE_CHANGE_THRESHOLDS[informant] as
    (typeof SDQ_RELIABLE_CHANGE_THRESHOLDS)[SdqInformant] | undefined;
  if (thresholds === undefined) {
    throw new InstrumentInputError(
      `SDQ informant must be "parent", "teacher" or "self", got ${describeValue(informant)}`,
      `SDQ-uppgiftslämnare måste vara "parent", "teacher" eller "self", fick ${describeValue(informant)}`,
      "informant",
    );
  }
  if (!SDQ_SCORE_KEYS.includes(scale)) {
    throw new InstrumentInputError(
      `Unknown SDQ scale ${describeValue(scale)}`,
      `Okänd SDQ-skala ${describeValue(scale)}`,
      "scale",
    );
  }
  checkScore(informant, scale, "before", before);
  checkScore(informant, scale, "after", after);
  const threshold = thresholds[scale];
  if (threshold === undefined || before === null || after === null) return null;
  return classifyChange(before, after, threshold, scale === "prosocial");
}
