import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { CASE_ROLE_LABELS, type CaseRole } from "@kring/domain/cases";
import {
  ACTION_STATUS_LABELS,
  FAMILY_CONTACT_ROLES,
  FAMILY_ROLE_TEXT,
  GOAL_LEVEL_LABELS,
  type PlanAction,
  personLabel,
  swedishGenitive,
} from "@kring/domain/plans";
import { PROTECTED_TEXT } from "../children/child-whereabouts";
import type { ExportData } from "./plan-export.repository";
import { artifact, renderPdf, tagger } from "./pdf-render";

export type PrintEdition = "family" | "professional";

// The family's edition speaks plainly and leaves out internal notes and the follow-up record;
// the professional edition holds everything the network agreed and has noted since.

/** A text as a sentence: a full stop only when it does not already end one ("kl. 8.10." stays). */
export const sentence = (text: string) => {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

const when = (a: PlanAction) =>
  [a.startDate && `från ${a.startDate}`, a.endDate && `till ${a.endDate}`]
    .filter(Boolean)
    .join(" ");

const CONFIDENTIAL = {
  professional:
    "Sekretess: uppgifter om ett barns personliga förhållanden. Lämnas inte ut utan sekretessprövning.",
  family: "Personligt: planen för er familj. Ni bestämmer själva vem ni visar den för.",
};

/** "20140315-2382": the 12-digit number as it is written. */
const written = (n: string) => (n.length === 12 ? `${n.slice(0, 8)}-${n.slice(8)}` : n);
const today = () =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

export async function planPdf(d: ExportData, edition: PrintEdition): Promise<Buffer> {
  const t = tagger();
  const c = d.version.content;
  const family = edition === "family";
  const childName = `${d.child.given_name} ${d.child.family_name}`;
  // The professional edition names the child by number, as a record does; never for a child with
  // protected identity (the same rule as the FHIR export, ADR 0016).
  const number = !family && !d.child.protected_identity ? written(d.child.personal_number) : null;
  const printed = today();
  const status = new Map(d.tracks.map((x) => [x.actionId, x]));
  const latest = new Map<string, string>();
  for (const f of d.followUps)
    for (const a of f.assessments)
      latest.set(a.goalId, `${GOAL_LEVEL_LABELS[a.level].sv} (${f.heldOn})`);
  const body: Content[] = [
    t(
      "H1",
      family
        ? `Planen för ${d.child.given_name}`
        : `Samordnad individuell plan (SIP): ${childName}`,
    ),
    ...(number ? [t("P", `Personnummer: ${number}`, "meta")] : []),
    t(
      "P",
      `Version ${d.version.number}, godkänd ${d.version.agreedOn}. Utskriven ${printed}.`,
      "meta",
    ),
    t("H2", family ? "Det här behövs" : "Behov"),
    t("P", c.needs || "–"),
    t("H2", "Mål och vad vi gör"),
  ];
  for (const g of c.goals) {
    body.push(t("H3", g.text));
    if (g.childWords)
      body.push(t("P", `Med ${swedishGenitive(d.child.given_name)} egna ord: ”${g.childWords}”`));
    if (latest.has(g.id))
      body.push(t("P", `${family ? "Så går det" : "Senaste bedömning"}: ${latest.get(g.id)}`));
    for (const a of g.actions) {
      const track = status.get(a.id);
      const who = [personLabel(a.responsiblePerson), a.responsibleUnit?.name]
        .filter(Boolean)
        .join(", ");
      const line = [
        `• ${sentence(a.description)}`,
        who && `${family ? "Vem" : "Ansvarig"}: ${who}.`,
        when(a) && `När: ${when(a)}.`,
        a.followUpDate && `Uppföljning ${a.followUpDate}.`,
        track &&
          `Läge: ${family ? ACTION_STATUS_LABELS[track.status].plain : ACTION_STATUS_LABELS[track.status].sv}.`,
      ];
      body.push(t("LI", line.filter(Boolean).join(" ")));
      if (!family)
        for (const n of track?.notes ?? [])
          body.push(
            t("P", `   ${n.notedOn} ${ACTION_STATUS_LABELS[n.status].sv}: ${n.note}`, "note"),
          );
    }
  }
  body.push(t("H2", family ? "Andra som hjälper till" : "Åtgärder av andra"));
  for (const m of c.measuresByOthers) body.push(t("LI", `• ${m.description} (${m.by.name})`));
  if (c.measuresByOthers.length === 0) body.push(t("P", "Inga andra åtgärder."));
  body.push(t("H2", "Huvudansvar"), t("P", c.leadUnit?.name ?? "–"));
  body.push(t("H2", `${swedishGenitive(d.child.given_name)} syn`), t("P", c.childView || "–"));
  body.push(t("H2", "Vårdnadshavarnas syn"), t("P", c.guardiansView || "–"));
  body.push(t("H2", family ? "Vem ni kan kontakta" : "Nätverket"));
  if (d.whereaboutsHidden) body.push(t("P", `Enheter visas inte: ${PROTECTED_TEXT.sv}`, "note"));
  for (const p of d.contacts.filter((x) => !family || FAMILY_CONTACT_ROLES.includes(x.role))) {
    const role = family ? FAMILY_ROLE_TEXT[p.role] : CASE_ROLE_LABELS[p.role as CaseRole]?.sv;
    const reach = p.email ? `e-post ${p.email}` : null;
    body.push(t("LI", `• ${[p.name, p.unitName, role, reach].filter(Boolean).join(", ")}`));
  }
  body.push(t("H2", "Godkänd av"));
  for (const a of d.version.agreement) body.push(t("LI", `• ${a.name} (${a.at.slice(0, 10)})`));
  if (!family) {
    body.push(t("H2", "Interna anteckningar"), t("P", c.internalNotes || "–"));
    body.push(t("H2", "Uppföljningar"));
    for (const f of d.followUps) body.push(t("LI", `• ${f.heldOn}: ${f.summary || "–"}`));
  }
  const doc: TDocumentDefinitions = {
    info: {
      title: family ? `Planen för ${d.child.given_name}` : `SIP ${childName}`,
      subject: "Samordnad individuell plan",
      creator: "Kring",
    },
    pageSize: "A4",
    pageMargins: [48, 56, 48, 64],
    // Every page: who it is about (professional edition), how to treat it, when printed, page N of M.
    ...(family
      ? {}
      : {
          header: (page: number) => ({
            margin: [48, 24, 48, 0],
            stack: [
              artifact(number ? `${childName}, ${number}` : childName, `h${page}`, "running"),
            ],
          }),
        }),
    footer: (page: number, pages: number) => ({
      margin: [48, 12, 48, 0],
      stack: [
        artifact(CONFIDENTIAL[edition], `f${page}-1`, "running"),
        artifact(`Utskriven ${printed} · Sida ${page} av ${pages}`, `f${page}-2`, "running"),
      ],
    }),
    defaultStyle: { font: "Roboto", fontSize: 11, lineHeight: 1.3 },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 15, bold: true, margin: [0, 14, 0, 4] },
      h3: { fontSize: 12.5, bold: true, margin: [0, 8, 0, 2] },
      meta: { color: "#444444", margin: [0, 0, 0, 6] },
      note: { fontSize: 10, color: "#333333", italics: true },
      running: { fontSize: 8.5, color: "#444444", lineHeight: 1.2 },
    },
    content: body,
  };
  return renderPdf(doc);
}
