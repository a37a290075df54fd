/**
 * The columns of the attendance CSV (docs/attendance-import.md). Headers are matched without
 * regard to case, spaces, underscores or Swedish letters, so "Giltig frånvaro (minuter)" and
 * "giltig_franvaro_minuter" both work.
 */
export const CSV_COLUMNS = {
  personalNumber: { header: "personnummer", required: true },
  givenName: { header: "förnamn", required: true },
  familyName: { header: "efternamn", required: true },
  school: { header: "skolenhet", required: true },
  group: { header: "klass", required: false },
  mentor: { header: "mentor", required: false },
  date: { header: "datum", required: true },
  lesson: { header: "lektion", required: false },
  scheduled: { header: "schemalagda_minuter", required: true },
  present: { header: "närvaro_minuter", required: false },
  valid: { header: "giltig_frånvaro_minuter", required: true },
  invalid: { header: "ogiltig_frånvaro_minuter", required: true },
  // Up to two guardians per pupil (ADR 0044): custody "ja" (the default when empty) or "nej".
  guardian1Number: { header: "vårdnadshavare1_personnummer", required: false },
  guardian1Given: { header: "vårdnadshavare1_förnamn", required: false },
  guardian1Family: { header: "vårdnadshavare1_efternamn", required: false },
  guardian1Phone: { header: "vårdnadshavare1_telefon", required: false },
  guardian1Custody: { header: "vårdnadshavare1_vårdnad", required: false },
  guardian2Number: { header: "vårdnadshavare2_personnummer", required: false },
  guardian2Given: { header: "vårdnadshavare2_förnamn", required: false },
  guardian2Family: { header: "vårdnadshavare2_efternamn", required: false },
  guardian2Phone: { header: "vårdnadshavare2_telefon", required: false },
  guardian2Custody: { header: "vårdnadshavare2_vårdnad", required: false },
} as const;

export type CsvColumn = keyof typeof CSV_COLUMNS;
export type ColumnIndex = Partial<Record<CsvColumn, number>>;

export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(.*?\)/g, (m) => m.slice(1, -1))
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .replace(/[^a-z0-9]/g, "");
}

const BY_HEADER = new Map(
  Object.entries(CSV_COLUMNS).map(([key, c]) => [normaliseHeader(c.header), key as CsvColumn]),
);

/** Which field holds each column, and the required columns the header lacks. */
export function columnsOf(header: string[]): { index: ColumnIndex; missing: string[] } {
  const index: ColumnIndex = {};
  header.forEach((h, i) => {
    const key = BY_HEADER.get(normaliseHeader(h));
    if (key && index[key] === undefined) index[key] = i;
  });
  const missing = Object.entries(CSV_COLUMNS)
    .filter(([key, c]) => c.required && index[key as CsvColumn] === undefined)
    .map(([, c]) => c.header);
  return { index, missing };
}
