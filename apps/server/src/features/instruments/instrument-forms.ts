// Which forms exist and who may answer them: the rules checked before a form is sent.
import type { SendInstrumentRequest } from "@kring/contracts";
import { MEETING_KIND_LABELS, type MeetingKind } from "@kring/domain/cases";
import { SDQ_FORMS, type SdqVersion } from "@kring/domain/instruments";
import { AppError } from "../../platform/http/errors";
import type {
  Informant,
  InstrumentKind,
  InstrumentVersion,
  Occasion,
} from "../../platform/db/tables/instruments";

export interface FormIdentity {
  instrument: InstrumentKind;
  informant: Informant;
  version: InstrumentVersion;
}

const VERSIONS: Record<InstrumentKind, readonly InstrumentVersion[]> = {
  sdq: ["2-4", "4-17", "11-17"],
  ors: ["ORS", "CORS"],
  srs: ["SRS", "CSRS"],
};

export const invalidRequest = (path: string, sv: string, en: string) =>
  new AppError(400, "invalid_request", sv, en, { errors: [{ path, message: en }] });

/**
 * The form must exist for the informant (no teacher self-report, no SDQ 11-17 for parents), and
 * the respondent must be able to speak as that informant: a guardian as parent, the child for
 * themself. A professional may answer for anyone, to transcribe a form filled in on paper.
 */
export function checkFormFits(input: SendInstrumentRequest): void {
  const { instrument, informant, version, respondent } = input;
  if (!VERSIONS[instrument].includes(version))
    throw invalidRequest("version", "Versionen finns inte för formuläret.", "No such version.");
  if (instrument === "sdq") {
    const allowed: readonly string[] = SDQ_FORMS.versions[version as SdqVersion].informants;
    if (!allowed.includes(informant))
      throw invalidRequest(
        "informant",
        "Formulärversionen finns inte för den uppgiftslämnaren.",
        "That form version does not exist for the informant.",
      );
  } else if (informant === "teacher") {
    throw invalidRequest(
      "informant",
      "ORS och SRS fylls i av barnet eller vårdnadshavaren.",
      "ORS and SRS are filled in by the child or a guardian.",
    );
  }
  if (
    (respondent.kind === "guardian" && informant !== "parent") ||
    (respondent.kind === "child" && informant !== "self")
  )
    throw invalidRequest(
      "respondent",
      "Mottagaren kan inte svara som den uppgiftslämnaren.",
      "The respondent cannot answer as that informant.",
    );
  if ((input.occasion === "meeting") !== (input.meetingId !== null))
    throw invalidRequest(
      "meetingId",
      "Ett formulär för ett möte behöver mötet, och bara då.",
      "A form for a meeting needs the meeting, and only then.",
    );
}

type Lang = "sv" | "en";
const INFORMANT: Record<Informant, Record<Lang, string>> = {
  parent: { sv: "vårdnadshavare", en: "guardian" },
  teacher: { sv: "lärare", en: "teacher" },
  self: { sv: "barnet", en: "the child" },
};
const OCCASION: Record<Exclude<Occasion, "meeting">, Record<Lang, string>> = {
  baseline: { sv: "före nätverksmöte 1", en: "before network meeting 1" },
  periodic: { sv: "halvårsuppföljning", en: "six-monthly follow-up" },
  closure: { sv: "vid avslut", en: "at closure" },
  extra: { sv: "extra mätning", en: "extra measurement" },
};

/** "SDQ (vårdnadshavare), före nätverksmöte 1": the name the worklist shows, in either language. */
export function measurementTitle(
  form: { instrument: InstrumentKind; informant: Informant; version: string },
  occasion: Occasion,
  meetingKind?: string | null,
  lang: Lang = "sv",
): string {
  const name = form.instrument === "sdq" ? "SDQ" : form.version;
  const when =
    occasion === "meeting"
      ? (MEETING_KIND_LABELS[meetingKind as MeetingKind]?.[lang] ??
        (lang === "sv" ? "möte" : "meeting"))
      : OCCASION[occasion][lang];
  return `${name} (${INFORMANT[form.informant][lang]}), ${when.toLowerCase()}`;
}
