import type { ImportBatch } from "../import-batch";
import type { ImportIssues } from "../import-errors";
import type { ImportFile } from "../import-files";
import { MENTOR_GROUP_TYPES, mapSs12000 } from "./ss12000-records";
import { ss12000Validators } from "./ss12000-schemas";
import { ss12000Records } from "./ss12000-source";

/** Three problems are enough to see what is wrong with one record. */
const ISSUES_PER_RECORD = 3;

/** Feeds SS 12000 files through schema validation and mapping into the batch. */
export async function feedSs12000(
  batch: ImportBatch,
  files: ImportFile[],
  issues: ImportIssues,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const validators = ss12000Validators();
  for await (const { entity, origin, record } of ss12000Records(files, issues, onBytes)) {
    if (issues.full) return;
    const problems = validators[entity](record);
    if (problems.length > 0) {
      for (const p of problems.slice(0, ISSUES_PER_RECORD)) {
        issues.add(origin, "schema", p.message, p.messageSv, p.path || undefined);
      }
      continue;
    }
    const mapped = mapSs12000(entity, record as Record<string, unknown>);
    if ("problem" in mapped) {
      const p = mapped.problem;
      issues.add(origin, p.code, p.message, p.messageSv, p.path);
      continue;
    }
    for (const row of mapped.rows) {
      if (row.kind === "group" && !MENTOR_GROUP_TYPES.has(row.groupType)) continue;
      await batch.add(row, origin);
    }
  }
}
