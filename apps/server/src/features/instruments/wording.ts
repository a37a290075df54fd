// The form a respondent sees: the tenant's licensed wording when loaded, otherwise neutral
// placeholders. The item wording of SDQ and ORS/SRS is copyrighted and never ships with Kring.
import type { FormDefinition, InstrumentWordingFile } from "@kring/contracts";
import {
  ORS_ITEM_KEYS,
  type OrsVersion,
  SDQ_DIFFICULTIES_LABELS,
  SDQ_IMPACT_ITEM_LABELS,
  SDQ_IMPACT_ITEMS,
  SDQ_ITEM_COUNT,
  SRS_ITEM_KEYS,
  VAS_ITEM_LABELS,
} from "@kring/domain/instruments";
import type { FormIdentity } from "./instrument-forms";

type Language = "sv" | "en";
type SdqWording = NonNullable<
  Extract<InstrumentWordingFile, { instrument: "sdq" }>["forms"]["parent-4-17"]
>;
interface VasWording {
  title: string;
  instructions?: string;
  items: Record<string, { label: string; low?: string; high?: string }>;
}

/** Where a form's wording sits in a wording file: "parent-4-17", "CORS" ... */
export const wordingKeyOf = (f: FormIdentity) =>
  f.instrument === "sdq" ? `${f.informant}-${f.version}` : f.version;

const INFORMANT = {
  sv: { parent: "vårdnadshavare", teacher: "lärare", self: "självskattning" },
  en: { parent: "parent", teacher: "teacher", self: "self-report" },
};
const PLACEHOLDER = {
  sv: {
    note: "Frågornas licensierade text har inte lästs in. Neutrala platshållare visas.",
    statement: "Påstående",
    option: "Alternativ",
    difficulties: "Övergripande fråga: har barnet svårigheter?",
    impact: "Påverkan",
    scale: "Skala",
    low: "0 (lägst)",
    high: "10 (högst)",
  },
  en: {
    note: "The licensed item wording has not been loaded. Neutral placeholders are shown.",
    statement: "Statement",
    option: "Option",
    difficulties: "Overall question: does the child have difficulties?",
    impact: "Impact",
    scale: "Scale",
    low: "0 (lowest)",
    high: "10 (highest)",
  },
};
const options = (language: Language, n: number) =>
  Array.from({ length: n }, (_, i) => `${PLACEHOLDER[language].option} ${i}`);

export function buildForm(
  form: FormIdentity,
  language: Language,
  stored: Record<string, unknown> | null,
): FormDefinition {
  const wording = (stored?.[wordingKeyOf(form)] as { instructions?: string } | undefined) ?? null;
  const p = PLACEHOLDER[language];
  const base = {
    form: wordingKeyOf(form),
    instrument: form.instrument,
    informant: form.informant,
    version: form.version,
    language,
    licensed: wording !== null,
    instructions: wording ? (wording.instructions ?? null) : p.note,
  };
  if (form.instrument === "sdq") {
    const w = wording as SdqWording | null;
    const impactKeys = SDQ_IMPACT_ITEMS[form.informant];
    return {
      ...base,
      layout: "sdq",
      title: w?.title ?? `SDQ ${form.version}, ${INFORMANT[language][form.informant]}`,
      options: w?.options ?? options(language, 3),
      items: Array.from({ length: SDQ_ITEM_COUNT }, (_, i) => ({
        number: i + 1,
        text: w?.items[i] ?? `${p.statement} ${i + 1}`,
      })),
      difficultiesQuestion: w?.difficultiesQuestion ?? p.difficulties,
      difficultiesOptions:
        w?.difficultiesOptions ?? SDQ_DIFFICULTIES_LABELS.map((o) => o[language]),
      impactItems: impactKeys.map((key) => ({
        key,
        text: w?.impactItems[key] ?? `${p.impact}: ${SDQ_IMPACT_ITEM_LABELS[key][language]}`,
      })),
      impactOptions: w?.impactOptions ?? options(language, 4),
    };
  }
  const w = wording as VasWording | null;
  const keys: readonly string[] =
    form.instrument === "ors" ? ORS_ITEM_KEYS[form.version as OrsVersion] : SRS_ITEM_KEYS;
  return {
    ...base,
    layout: "vas",
    title: w?.title ?? form.version,
    items: keys.map((key, i) => ({
      key,
      label:
        w?.items[key]?.label ?? `${p.scale} ${i + 1} (${VAS_ITEM_LABELS[key]?.[language] ?? key})`,
      low: w?.items[key]?.low ?? p.low,
      high: w?.items[key]?.high ?? p.high,
    })),
  };
}
