// What changed between two versions of a plan, in words a network and a family read: "Ny insats:
// Stödsamtal med skolsköterskan varje vecka, ansvarig Mia Skolsköterska (Elevhälsan)" rather
// than "action a-d09db78e: tillagt". Built on diffPlans, so ids and order are the same.
import {
  allActions,
  personLabel,
  type PlanAction,
  type PlanContent,
  type UnitRef,
} from "./content";
import { diffPlans, type PlanChange, type PlanField } from "./diff";

type Text = { sv: string; en: string };

/** One change in words, with the id of the goal, action or measure it concerns (to mark it). */
export interface PlanChangeWords extends Text {
  id: string | null;
}

const quote = (s: string) => `”${s.trim()}”`;
const quoteEn = (s: string) => `"${s.trim()}"`;
const orNone = (s: string | null | undefined, none: Text, lang: "sv" | "en") =>
  s && s.trim() ? s.trim() : none[lang];
const NOBODY: Text = { sv: "ingen angiven", en: "none given" };
const NO_DATE: Text = { sv: "inget datum", en: "no date" };

/**
 * Who is responsible for an action: "Mia Skolsköterska (Elevhälsan)", or a family member
 * "Anna Ek (vårdnadshavare)".
 */
export function responsibleOf(
  a: Pick<PlanAction, "responsiblePerson" | "responsibleUnit">,
  lang: "sv" | "en" = "sv",
) {
  if (a.responsiblePerson?.family) return personLabel(a.responsiblePerson, lang);
  const person = a.responsiblePerson?.name?.trim();
  const unit = a.responsibleUnit?.name?.trim();
  if (person && unit) return `${person} (${unit})`;
  return person || unit || "";
}

function actionSummary(a: PlanAction, lang: "sv" | "en"): string {
  const who = responsibleOf(a, lang);
  const parts = [a.description.trim()];
  if (who) parts.push(lang === "sv" ? `ansvarig ${who}` : `responsible ${who}`);
  if (a.startDate)
    parts.push(
      lang === "sv"
        ? `från ${a.startDate}${a.endDate ? ` till ${a.endDate}` : ""}`
        : `from ${a.startDate}${a.endDate ? ` to ${a.endDate}` : ""}`,
    );
  if (a.followUpDate)
    parts.push(lang === "sv" ? `uppföljning ${a.followUpDate}` : `follow-up ${a.followUpDate}`);
  return parts.join(", ");
}

const ACTION_FIELD: Record<string, Text> = {
  startDate: { sv: "start", en: "start" },
  endDate: { sv: "slut", en: "end" },
  followUpDate: { sv: "uppföljning", en: "follow-up" },
};

function actionFieldChanges(
  b: PlanAction & { goalId: string },
  a: PlanAction & { goalId: string },
  fields: string[],
  after: PlanContent,
  lang: "sv" | "en",
): string[] {
  const out: string[] = [];
  const q = lang === "sv" ? quote : quoteEn;
  if (fields.includes("description"))
    out.push(lang === "sv" ? `tidigare ${q(b.description)}` : `previously ${q(b.description)}`);
  if (fields.includes("responsibleUnit") || fields.includes("responsiblePerson"))
    out.push(
      `${lang === "sv" ? "ansvarig" : "responsible"} ${orNone(responsibleOf(b, lang), NOBODY, lang)} → ${orNone(responsibleOf(a, lang), NOBODY, lang)}`,
    );
  for (const f of ["startDate", "endDate", "followUpDate"] as const)
    if (fields.includes(f))
      out.push(
        `${ACTION_FIELD[f]![lang]} ${orNone(b[f], NO_DATE, lang)} → ${orNone(a[f], NO_DATE, lang)}`,
      );
  if (fields.includes("goalId")) {
    const goal = after.goals.find((g) => g.id === a.goalId)?.text ?? "";
    out.push(lang === "sv" ? `flyttad till målet ${q(goal)}` : `moved to the goal ${q(goal)}`);
  }
  return out;
}

const unitName = (u: UnitRef | null) => u?.name?.trim() ?? "";

const PLAN_FIELD_WORDS: Record<PlanField, (b: PlanContent, a: PlanContent) => Text> = {
  needs: (_b, a) => ({
    sv: `Behoven är omskrivna: ${quote(a.needs)}`,
    en: `The needs are rewritten: ${quoteEn(a.needs)}`,
  }),
  leadUnit: (b, a) => ({
    sv: `Huvudansvar: ${orNone(unitName(b.leadUnit), NOBODY, "sv")} → ${orNone(unitName(a.leadUnit), NOBODY, "sv")}`,
    en: `Overall responsibility: ${orNone(unitName(b.leadUnit), NOBODY, "en")} → ${orNone(unitName(a.leadUnit), NOBODY, "en")}`,
  }),
  noMeasuresByOthers: (_b, a) =>
    a.noMeasuresByOthers
      ? { sv: "Inga åtgärder vidtas av andra.", en: "No measures are taken by others." }
      : {
          sv: "Det är inte längre angivet att inga andra vidtar åtgärder.",
          en: "It no longer says that no one else takes measures.",
        },
  childView: (_b, a) => ({
    sv: `Barnets syn är ändrad: ${quote(a.childView)}`,
    en: `The child's view is changed: ${quoteEn(a.childView)}`,
  }),
  guardiansView: (_b, a) => ({
    sv: `Vårdnadshavarnas syn är ändrad: ${quote(a.guardiansView)}`,
    en: `The guardians' view is changed: ${quoteEn(a.guardiansView)}`,
  }),
  internalNotes: () => ({
    sv: "De interna anteckningarna är ändrade.",
    en: "The internal notes are changed.",
  }),
};

function words(change: PlanChange, before: PlanContent, after: PlanContent): PlanChangeWords {
  if (change.section === "plan")
    return { id: null, ...PLAN_FIELD_WORDS[change.field](before, after) };
  if (change.section === "goal") {
    const b = before.goals.find((g) => g.id === change.id);
    const a = after.goals.find((g) => g.id === change.id);
    if (change.kind === "added")
      return { id: change.id, sv: `Nytt mål: ${a!.text}`, en: `New goal: ${a!.text}` };
    if (change.kind === "removed")
      return { id: change.id, sv: `Borttaget mål: ${b!.text}`, en: `Goal removed: ${b!.text}` };
    const sv: string[] = [];
    const en: string[] = [];
    if (change.fields.includes("text")) {
      sv.push(`tidigare ${quote(b!.text)}`);
      en.push(`previously ${quoteEn(b!.text)}`);
    }
    if (change.fields.includes("childWords")) {
      sv.push(`med barnets egna ord ${quote(a!.childWords)}`);
      en.push(`in the child's own words ${quoteEn(a!.childWords)}`);
    }
    return {
      id: change.id,
      sv: `Ändrat mål: ${a!.text} (${sv.join("; ")})`,
      en: `Goal changed: ${a!.text} (${en.join("; ")})`,
    };
  }
  if (change.section === "action") {
    const b = allActions(before).find((x) => x.id === change.id);
    const a = allActions(after).find((x) => x.id === change.id);
    if (change.kind === "added")
      return {
        id: change.id,
        sv: `Ny insats: ${actionSummary(a!, "sv")}`,
        en: `New action: ${actionSummary(a!, "en")}`,
      };
    if (change.kind === "removed")
      return {
        id: change.id,
        sv: `Borttagen insats: ${b!.description}`,
        en: `Action removed: ${b!.description}`,
      };
    return {
      id: change.id,
      sv: `Ändrad insats: ${a!.description} (${actionFieldChanges(b!, a!, change.fields, after, "sv").join("; ")})`,
      en: `Action changed: ${a!.description} (${actionFieldChanges(b!, a!, change.fields, after, "en").join("; ")})`,
    };
  }
  const b = before.measuresByOthers.find((m) => m.id === change.id);
  const a = after.measuresByOthers.find((m) => m.id === change.id);
  if (change.kind === "added")
    return {
      id: change.id,
      sv: `Ny åtgärd av andra: ${a!.description} (${a!.by.name})`,
      en: `New measure by others: ${a!.description} (${a!.by.name})`,
    };
  if (change.kind === "removed")
    return {
      id: change.id,
      sv: `Borttagen åtgärd av andra: ${b!.description}`,
      en: `Measure by others removed: ${b!.description}`,
    };
  const by = change.fields.includes("by") ? `${b!.by.name} → ${a!.by.name}` : a!.by.name;
  const was = change.fields.includes("description");
  return {
    id: change.id,
    sv: `Ändrad åtgärd av andra: ${a!.description} (${was ? `tidigare ${quote(b!.description)}; ` : ""}${by})`,
    en: `Measure by others changed: ${a!.description} (${was ? `previously ${quoteEn(b!.description)}; ` : ""}${by})`,
  };
}

/**
 * The changes from `before` to `after` in words, in reading order. `family` leaves out what
 * the family never sees (the internal notes).
 */
export function describePlanChanges(
  before: PlanContent,
  after: PlanContent,
  options: { family?: boolean } = {},
): PlanChangeWords[] {
  return diffPlans(before, after)
    .filter((c) => !(options.family && c.section === "plan" && c.field === "internalNotes"))
    .map((c) => words(c, before, after));
}
