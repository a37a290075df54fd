import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { artifact, renderPdf, tagger } from "../plans/pdf-render";
import type { Extract } from "./extract.service";

// The register extract as a tagged PDF/A for the person (the plan PDF's tooling): one heading
// per kind of data, one per table with where the data came from, and every row in full text.

const value = (v: unknown): string =>
  v === null || v === undefined
    ? "–"
    : v instanceof Date
      ? v.toISOString()
      : typeof v === "string"
        ? v
        : JSON.stringify(v);

export function rowLine(row: Record<string, unknown>) {
  return Object.entries(row)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join("; ");
}

export interface PdfSection {
  title: string;
  parts: { title: string; note?: string; rows: Record<string, unknown>[] }[];
}

/** A document of sections of rows: the extract and the retention archive share it. */
export async function rowsPdf(title: string, intro: string[], sections: PdfSection[]) {
  const t = tagger();
  const body: Content[] = [t("H1", title), ...intro.map((p) => t("P", p, "meta"))];
  for (const s of sections) {
    body.push(t("H2", s.title));
    for (const part of s.parts) {
      body.push(t("H3", part.title));
      if (part.note) body.push(t("P", part.note, "meta"));
      for (const row of part.rows) body.push(t("LI", `• ${rowLine(row)}`));
    }
  }
  const doc: TDocumentDefinitions = {
    info: { title, creator: "Kring" },
    pageSize: "A4",
    pageMargins: [48, 56, 48, 64],
    footer: (page: number, pages: number) => ({
      margin: [48, 12, 48, 0],
      stack: [artifact(`${title} · Sida ${page} av ${pages}`, `f${page}`, "running")],
    }),
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.25 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 11.5, bold: true, margin: [0, 6, 0, 2] },
      meta: { color: "#444444", margin: [0, 0, 0, 4] },
      running: { fontSize: 8.5, color: "#444444" },
    },
    content: body,
  };
  return renderPdf(doc);
}

export function extractPdf(e: Extract): Promise<Buffer> {
  return rowsPdf(
    `Registerutdrag: ${e.subject.name}`,
    [
      `Allt Kring har sparat om ${e.subject.name}, framtaget ${e.producedAt.slice(0, 10)} på begäran (dataskyddsförordningen artikel 15).`,
      "Varje del säger varifrån uppgifterna kommer. Där personen själv har gjort något i någon annans ärende visas bara vad och när.",
    ],
    e.sections.map((s) => ({
      title: s.title,
      parts: s.parts.map((p) => ({
        title: p.title,
        note: `Källa: ${p.sourceText}. ${p.rows.length} ${p.rows.length === 1 ? "rad" : "rader"}${p.mode === "acted" ? ", där personen har gjort något (bara vad och när)" : ""}. Tabell ${p.table}, kolumn ${p.column}.`,
        rows: p.rows,
      })),
    })),
  );
}
