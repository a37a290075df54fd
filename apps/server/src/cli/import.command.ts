import { Command } from "commander";
import { findTenant } from "../features/organisation/tenant";
import { evaluateAttendance } from "../features/attendance/evaluation/evaluation.service";
import { describeIssue } from "../features/attendance/import/import-errors";
import { filesAt } from "../features/attendance/import/import-files";
import {
  type ImportFormat,
  type ImportProgress,
  importAttendance,
} from "../features/attendance/import/import.service";
import { cliLocale, say } from "./cli-locale";
import { fail, withDatabase } from "./with-database";

const WIDTH = 30;
const MB = 1024 * 1024;

/** A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let drawn = 0;
  let lastTenth = -1;
  return (p: ImportProgress, done = false) => {
    const share = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 1;
    const now = Date.now();
    if (!done && stream.isTTY && now - drawn < 100) return;
    if (!done && !stream.isTTY && Math.floor(share * 10) === lastTenth) return;
    drawn = now;
    lastTenth = Math.floor(share * 10);
    const filled = Math.round(share * WIDTH);
    const bar = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}]`;
    const text = `${bar} ${String(Math.round(share * 100)).padStart(3)} %  ${(p.bytesDone / MB).toFixed(1)}/${(p.bytesTotal / MB).toFixed(1)} MB`;
    stream.write(stream.isTTY ? `\r${text}${done ? "\n" : ""}` : `${text}\n`);
  };
}

async function tenantId(db: Parameters<typeof findTenant>[0], slug?: string) {
  const tenant = await findTenant(db, slug);
  if (!tenant)
    fail(
      say(
        "No such tenant. Give --tenant <slug> (needed when there are several).",
        "Ingen sådan organisation. Ange --tenant <slug> (behövs när det finns flera).",
      ),
    );
  return tenant.id;
}

function importAction(format: ImportFormat) {
  return async (target: string, opts: { tenant?: string; evaluate: boolean }) => {
    const locale = cliLocale();
    const files = filesAt(target);
    if (files.length === 0) fail(say(`No files in ${target}.`, `Inga filer i ${target}.`));
    await withDatabase(async ({ db }) => {
      const actor = { tenantId: await tenantId(db, opts.tenant), userId: null, system: "cli" };
      const bar = progressBar();
      const result = await importAttendance(db, actor, format, files, (p) => bar(p), {
        evaluate: opts.evaluate,
      });
      bar({ bytesDone: 1, bytesTotal: 1, rows: result.counts.rows }, true);
      for (const note of result.notes) {
        process.stderr.write(`${note.file}: ${say(note.message, note.messageSv, locale)}\n`);
      }
      for (const issue of result.issues) {
        process.stderr.write(`${describeIssue(issue, locale)}\n`);
      }
      const more = result.issueCount - result.issues.length;
      if (more > 0) process.stderr.write(say(`… and ${more} more\n`, `… och ${more} till\n`));
      if (result.status === "failed") {
        fail(
          say(
            `Nothing was imported: the batch has ${result.issueCount} problem(s).`,
            `Inget importerades: omgången har ${result.issueCount} problem.`,
          ),
        );
      }
      if (result.issueCount > 0) {
        process.stderr.write(
          say(
            `${result.issueCount} record(s) set aside (listed above); the rest was imported.\n`,
            `${result.issueCount} post(er) lades åt sidan (se ovan); resten importerades.\n`,
          ),
        );
      }
      process.stdout.write(
        `${JSON.stringify({ counts: result.counts, setAside: result.issues, notes: result.notes, evaluation: result.evaluation })}\n`,
      );
    });
  };
}

/** `kring import ss12000|csv` and `kring attendance evaluate`. */
export function attendanceCommands(): Command[] {
  const importing = new Command("import").description(
    "Import attendance from the school administration system (bad records are set aside).",
  );
  for (const [format, what] of [
    ["ss12000", "<file|folder>: SS 12000 JSON (<entity>.json pages, <entity>.jsonl or a bundle)"],
    ["csv", "<file|folder>: the attendance CSV (UTF-8, ';'), see docs/attendance-import.md"],
  ] as const) {
    importing
      .command(format)
      .description(`Import ${what}; evaluates the staircase afterwards.`)
      .argument("<path>", "file or folder")
      .option("--tenant <slug>", "tenant slug (default: the only tenant)")
      .option("--no-evaluate", "do not evaluate the staircase after the import")
      .action(importAction(format));
  }
  const attendance = new Command("attendance").description("The attendance staircase.");
  attendance
    .command("evaluate")
    .description("Move pupils on the staircase: those whose attendance changed, or --full.")
    .option("--tenant <slug>", "tenant slug (default: the only tenant)")
    .option("--full", "evaluate every pupil from the first day of data")
    .action(async (opts: { tenant?: string; full?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const actor = { tenantId: await tenantId(db, opts.tenant), userId: null, system: "cli" };
        const summary = await evaluateAttendance(db, actor, {
          mode: opts.full ? "full" : "pending",
        });
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      });
    });
  return [importing, attendance];
}
