// Each form as a FHIR Questionnaire with a versioned canonical URL. The item texts are the ones
// the respondent saw: the tenant's licensed wording when loaded, else Kring's neutral placeholders.
import { createHash } from "node:crypto";
import type { FormDefinition, InstrumentAnswers } from "@kring/contracts";
import { derivedUuid } from "../../platform/fhir/ids";
import { KRING_FHIR } from "../../platform/fhir/terms";

type Item = { linkId: string; text: string; type: string; answerOption?: unknown[] };

/** Version 1 of the item structure; licensed wording adds a hash of its text, so texts never drift. */
export function questionnaireCanonical(form: FormDefinition) {
  const url = `${KRING_FHIR}/Questionnaire/${form.instrument}-${form.informant}-${form.version}`;
  const version = form.licensed
    ? `1-wording-${createHash("sha256").update(JSON.stringify(form)).digest("hex").slice(0, 12)}`
    : "1";
  return { url, version, canonical: `${url}|${version}` };
}

const NO_DIFFICULTIES = {
  sv: "Inga svårigheter (påverkansfrågorna hoppas över)",
  en: "No difficulties (the impact questions are skipped)",
};
const integers = (n: number) => Array.from({ length: n }, (_, i) => ({ valueInteger: i }));

function items(form: FormDefinition): Item[] {
  if (form.layout === "vas")
    return form.items.map((i) => ({
      linkId: i.key,
      text: `${i.label} (${i.low} – ${i.high})`,
      type: "decimal",
    }));
  return [
    ...form.items.map((i) => ({
      linkId: String(i.number),
      text: i.text,
      type: "integer",
      answerOption: integers(form.options.length),
    })),
    // Kring's own item: the respondent said there are no difficulties, so impact was skipped.
    { linkId: "no-difficulties", text: NO_DIFFICULTIES[form.language], type: "boolean" },
    {
      linkId: "difficulties",
      text: form.difficultiesQuestion,
      type: "integer",
      answerOption: integers(form.difficultiesOptions.length),
    },
    ...form.impactItems.map((i, n) => ({
      linkId: `impact-${n + 1}`,
      text: i.text,
      type: "integer",
      answerOption: integers(form.impactOptions.length),
    })),
  ];
}

export function questionnaire(form: FormDefinition) {
  const { url, version } = questionnaireCanonical(form);
  return {
    resourceType: "Questionnaire" as const,
    id: derivedUuid("questionnaire", url, version),
    language: form.language,
    url,
    version,
    title: form.title,
    status: "active",
    subjectType: ["Patient"],
    description: form.licensed
      ? "Frågornas licensierade text, inläst av organisationen."
      : "Neutrala platshållare: frågornas licensierade text är inte inläst i Kring.",
    item: items(form),
  };
}

/** The answers, each under its Questionnaire item (same linkId and text). */
export function answerItems(form: FormDefinition, a: InstrumentAnswers) {
  const text = new Map(items(form).map((i) => [i.linkId, i.text]));
  const item = (linkId: string, answer: object | null) => ({
    linkId,
    text: text.get(linkId) ?? linkId,
    ...(answer ? { answer: [answer] } : {}),
  });
  if ("answers" in a)
    return [
      ...a.answers.map((v, i) => item(String(i + 1), v === null ? null : { valueInteger: v })),
      item("no-difficulties", { valueBoolean: a.noDifficulties }),
      // The overall question, 0 no to 3 severe difficulties, when it was answered.
      ...(a.difficulties === null || a.difficulties === undefined
        ? []
        : [item("difficulties", { valueInteger: a.difficulties })]),
      ...(a.impact ?? []).flatMap((v, i) =>
        v === null ? [] : [item(`impact-${i + 1}`, { valueInteger: v })],
      ),
    ];
  return Object.entries(a.items).map(([key, value]) => item(key, { valueDecimal: value }));
}
