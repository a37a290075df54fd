// Scores a submitted form with the domain's scoring, exactly as the CLI does.
import {
  type InstrumentAnswers,
  type InstrumentScores,
  type InstrumentThresholds,
  answerFormOf,
} from "@kring/contracts";
import {
  InstrumentInputError,
  type OrsInput,
  type OrsVersion,
  orsCutoffGroup,
  type SdqVersion,
  type SrsInput,
  scoreOrs,
  scoreSdq,
  scoreSrs,
} from "@kring/domain/instruments";
import { AppError } from "../../platform/http/errors";
import type { FormIdentity } from "./instrument-forms";

export const invalidAnswers = (errors: { path: string; message: string }[]) =>
  new AppError(
    400,
    "invalid_answers",
    "Några svar är inte giltiga. Se de markerade frågorna.",
    "Some answers are not valid. See the marked questions.",
    { errors },
  );

/**
 * The answers must be for the form that was sent (a parent SDQ, a CORS ...). Scores keep the
 * cut-off they were judged against, so a later change of the tenant's settings is visible.
 */
export function scoreAnswers(
  form: FormIdentity,
  answers: InstrumentAnswers,
  thresholds: InstrumentThresholds,
  /** The child's age when answering: picks the ORS cut-off (adolescent or adult). */
  ageYears: number | null = null,
): InstrumentScores {
  const expected = answerFormOf(form.instrument, form.informant, form.version);
  if (answers.form !== expected)
    throw invalidAnswers([{ path: "form", message: `This request asks for the ${expected} form` }]);
  try {
    return score(form, answers, thresholds, ageYears);
  } catch (error) {
    // The contracts' schema already checked every item; this guards the domain's own rules.
    if (error instanceof InstrumentInputError)
      throw invalidAnswers([{ path: error.field ?? "", message: error.message }]);
    throw error;
  }
}

function score(
  form: FormIdentity,
  answers: InstrumentAnswers,
  thresholds: InstrumentThresholds,
  ageYears: number | null,
): InstrumentScores {
  if ("answers" in answers) {
    const { bands3, bands4, ...scores } = scoreSdq({
      informant: form.informant,
      answers: answers.answers,
      impact: answers.impact,
      noDifficulties: noDifficultiesOf(answers),
      sdqVersion: form.version as SdqVersion,
    });
    return { instrument: "sdq", informant: form.informant, scores, bands3, bands4 };
  }
  if (form.instrument === "ors") {
    // The domain re-checks version and item keys at run time, so the cast cannot smuggle data in.
    const input = { version: form.version, items: answers.items } as unknown as OrsInput;
    const cutoffGroup = orsCutoffGroup(form.version as OrsVersion, ageYears);
    const clinicalCutoff = {
      child: thresholds.corsClinicalCutoff,
      youth: thresholds.orsYouthClinicalCutoff,
      adult: thresholds.orsClinicalCutoff,
    }[cutoffGroup];
    const result = scoreOrs(input, { clinicalCutoff });
    return {
      instrument: "ors",
      version: result.version,
      items: result.items,
      total: result.total,
      flagged: result.belowClinicalCutoff,
      threshold: result.clinicalCutoff,
      cutoffGroup,
    };
  }
  const input = { version: form.version, items: answers.items } as unknown as SrsInput;
  const result = scoreSrs(input, { alertBelow: thresholds.srsAlertBelow });
  return {
    instrument: "srs",
    version: result.version,
    items: result.items,
    total: result.total,
    flagged: result.needsAttention,
    threshold: result.alertBelow,
  };
}

/** The overall answer decides when given; older answers have only the yes/no. */
export function noDifficultiesOf(a: { noDifficulties: boolean; difficulties: number | null }) {
  return a.difficulties === null ? a.noDifficulties : a.difficulties === 0;
}
