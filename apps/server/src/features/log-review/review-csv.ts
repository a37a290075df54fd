import { actionWords } from "@kring/domain/audit";
import type { FindingRow } from "./findings.service";
import type { LogEntryRow } from "./log-entries";

// CSV for Swedish Excel (issue #21): UTF-8 with a byte order mark (without it Excel reads
// Windows-1252), semicolons (the Swedish list separator: a comma is the decimal sign), CRLF,
// fields quoted when they hold a separator, quote or line break. Times in Stockholm time.

const BOM = "\uFEFF";
const STOCKHOLM = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export const stockholmTime = (iso: string) => STOCKHOLM.format(new Date(iso));

function field(value: string | number | null | undefined): string {
  const text = value == null ? "" : String(value);
  // A leading =, +, - or @ would be a formula in Excel (CSV injection): quote it with a '.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csv = (header: string[], rows: (string | number | null)[][]) =>
  BOM + [header, ...rows].map((r) => r.map(field).join(";")).join("\r\n") + "\r\n";

const BASIS_WORDS: Record<string, string> = {
  network: "Nätverket",
  intake: "Mottagning",
  raised: "Gjorde förfrågan",
  emergency: "Nödåtkomst",
  unit: "Barnets enhet",
  family: "Familjen",
  refused: "Nekad",
  none: "Ingen grund hittad",
};

const RULE_WORDS: Record<string, string> = {
  emergency: "Nödåtkomst",
  protected_identity: "Skyddad identitet",
  many_children: "Många barn på kort tid",
  outside_units: "Utanför egna enheter",
  refused: "Nekad åtkomst",
};

export const logCsv = (rows: LogEntryRow[]) =>
  csv(
    [
      "Tidpunkt",
      "Vem",
      "Användarnamn",
      "Vad",
      "Barn",
      "Grund",
      "Skäl",
      "Anmärkning",
      "Granskad av",
      "Kommentar",
    ],
    rows.map((r) => [
      stockholmTime(r.at),
      r.actorName ?? "Systemet",
      r.actorUsername,
      actionWords(r.action),
      r.childName,
      r.basis ? (BASIS_WORDS[r.basis] ?? r.basis) : "",
      r.reason,
      r.note,
      r.mark?.markedBy ?? null,
      r.mark?.comment ?? null,
    ]),
  );

export const findingsCsv = (rows: FindingRow[]) =>
  csv(
    [
      "Regel",
      "Tidpunkt",
      "Vem",
      "Användarnamn",
      "Barn",
      "Antal",
      "Anmärkning",
      "Granskad av",
      "Kommentar",
    ],
    rows.map((r) => [
      RULE_WORDS[r.rule] ?? r.rule,
      stockholmTime(r.at),
      r.actorName,
      r.actorUsername,
      r.childName,
      r.count,
      r.note,
      r.mark?.markedBy ?? null,
      r.mark?.comment ?? null,
    ]),
  );
