import type { Transaction } from "kysely";
import type { Database } from "../../../../platform/db/schema";
import type { ImportBatch } from "../import-batch";
import type { ImportIssues } from "../import-errors";
import { type ImportFile, readLines } from "../import-files";
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
    let columns: ReturnType<typeof columnsOf> | null = null;
    for await (const record of csvRecords(readLines(file, onBytes))) {
      if (issues.full) return;
      const origin = { file: file.name, line: record.line, path: null };
      if (!columns) {
        columns = columnsOf(record.fields);
        if (columns.missing.length > 0) {
          const list = columns.missing.join(", ");
          issues.add(
            origin,
            "missing_columns",
            `the header lacks the columns: ${list}`,
            `rubrikraden saknar kolumnerna: ${list}`,
          );
          break;
        }
        continue;
      }
      const mapped = mapCsvLine(record.fields, columns.index, schools);
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
