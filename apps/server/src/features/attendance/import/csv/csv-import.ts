import type { Transaction } from "kysely";
import type { Database } from "../../../../platform/db/schema";
import type { ImportBatch } from "../import-batch";
import type { ImportIssues } from "../import-errors";
import { type ImportFile, readLines } from "../import-files";
import { TextDecodingError, type TextEncodingName } from "../import-text";
import { ensureUnitRef, schoolsByName } from "../import-pupils.repository";
import { columnsOf } from "./csv-columns";
import { csvRecords } from "./csv-parser";
import { mapCsvLine, unitExt } from "./csv-records";

/** Feeds CSV files (header line first) through the column checks into the batch. */
export async function feedCsv(
  trx: Transaction<Database>,
  tenantId: string,
  batch: ImportBatch,
  files: ImportFile[],
  issues: ImportIssues,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const schools = await schoolsByName(trx, tenantId);
  const referenced = new Set<string>();
  for (const file of files) {
    const read: { encoding: TextEncodingName } = { encoding: "UTF-8" };
    const lines = readLines(file, onBytes, {
      legacy: true,
      onEncoding: (e) => (read.encoding = e),
    });
    try {
      await feedFile(file.name, csvRecords(lines));
    } catch (error) {
      if (!(error instanceof TextDecodingError)) throw error;
      issues.refuse(
        { file: file.name, line: null, path: null },
        error.code,
        error.message,
        error.messageSv,
      );
      continue;
    }
    const { encoding } = read;
    issues.note(
      file.name,
      "encoding",
      `read as ${encoding}${encoding === "Windows-1252" ? ' (no BOM and not UTF-8: Excel\'s "CSV (semikolonavgränsad)")' : ""}`,
      `läst som ${encoding}${encoding === "Windows-1252" ? ' (ingen BOM och inte UTF-8: Excels "CSV (semikolonavgränsad)")' : ""}`,
    );
  }

  async function feedFile(name: string, records: ReturnType<typeof csvRecords>) {
    let columns: (ReturnType<typeof columnsOf> & { header: string[] }) | null = null;
    for await (const record of records) {
      if (issues.full) return;
      const origin = { file: name, line: record.line, path: null };
      if (!columns) {
        columns = { ...columnsOf(record.fields), header: record.fields };
        if (columns.missing.length > 0) {
          const list = columns.missing.join(", ");
          const sep = record.separator === "\t" ? "tab" : record.separator;
          issues.refuse(
            origin,
            "missing_columns",
            `the header lacks the columns: ${list} (read with separator ${sep}, ${record.fields.length} column(s))`,
            `rubrikraden saknar kolumnerna: ${list} (läst med avgränsaren ${sep === "tab" ? "tabb" : sep}, ${record.fields.length} kolumn(er))`,
          );
          return;
        }
        continue;
      }
      const mapped = mapCsvLine(record.fields, columns.index, schools, columns.header);
      if ("problem" in mapped) {
        const p = mapped.problem;
        issues.add(origin, p.code, p.message, p.messageSv, p.column);
        continue;
      }
      for (const row of mapped.rows) {
        if (row.kind === "pupil") {
          const school = row.enrolments[0]!.schoolExt;
          if (!referenced.has(school)) {
            referenced.add(school);
            await ensureUnitRef(trx, tenantId, school, school.slice(unitExt("").length));
          }
        }
        await batch.add(row, origin);
      }
    }
  }
}
