import type { ImportBatch } from "../import-batch";
import type { ImportIssues } from "../import-errors";
import type { ImportFile } from "../import-files";
import { MENTOR_GROUP_TYPES, mapSs12000 } from "./ss12000-records";
import { ss12000Validators } from "./ss12000-schemas";
import { ss12000Records } from "./ss12000-source";

/** Three problems are enough to see what is wrong with one record. */
const ISSUES_PER_RECORD = 3;

/**
 * What vendors send that 2.1.0's enums lack but that means one of its values: personStatus
 * "Utflyttad" for "Utvandrad" (the person has left Sweden).
 */
function vendorForm(entity: string, record: unknown): unknown {
  const r = record as { personStatus?: unknown } | null;
  if (entity !== "persons" || r?.personStatus !== "Utflyttad") return record;
  return { ...r, personStatus: "Utvandrad" };
}

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
    const problems = validators[entity](vendorForm(entity, record));
    if (problems.length > 0) {
      // The record is set aside (ADR 0028), with up to three reasons in one entry.
      const some = problems.slice(0, ISSUES_PER_RECORD);
      const say = (p: (typeof some)[number], text: string) =>
        p.path ? `${p.path}: ${text}` : text;
      issues.add(
        origin,
        "schema",
        some.map((p) => say(p, p.message)).join("; "),
        some.map((p) => say(p, p.messageSv)).join("; "),
      );
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
