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

const INSTRUMENT_SV: Record<InstrumentKind, string> = { sdq: "SDQ", ors: "ORS", srs: "SRS" };
const INFORMANT_SV: Record<Informant, string> = {
  parent: "vårdnadshavare",
  teacher: "lärare",
  self: "barnet",
};
const OCCASION_SV: Record<Exclude<Occasion, "meeting">, string> = {
  baseline: "före nätverksmöte 1",
  periodic: "halvårsuppföljning",
  closure: "vid avslut",
  extra: "extra mätning",
};

/** "SDQ (vårdnadshavare), före nätverksmöte 1": the Swedish name the worklist shows. */
export function measurementTitle(
  form: { instrument: InstrumentKind; informant: Informant; version: string },
  occasion: Occasion,
  meetingKind?: string | null,
): string {
  const name = form.instrument === "sdq" ? INSTRUMENT_SV.sdq : form.version;
  const when =
    occasion === "meeting"
      ? (MEETING_KIND_LABELS[meetingKind as MeetingKind]?.sv ?? "möte")
      : OCCASION_SV[occasion];
  return `${name} (${INFORMANT_SV[form.informant]}), ${when.toLowerCase()}`;
}
