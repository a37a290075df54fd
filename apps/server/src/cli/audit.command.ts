import fs from "node:fs";
import { Command } from "commander";
import { say } from "./cli-locale";
import { formatAnchorLine, parseAnchors, readAnchors } from "../platform/audit/audit-anchor";
import { verifyAuditLog } from "../platform/audit/audit-verify";
import { fail, withDatabase } from "./with-database";

export function auditCommand() {
  const audit = new Command("audit").description("Work with the audit log.");
  audit
    .command("verify")
    .description(
      "Check every tenant's hash chain against its head (and the anchors given); exits 1 and lists each altered, missing or extra entry and each removed or mismatched head.",
    )
    .option(
      "--anchor <file>",
      "a file of anchors from `kring audit anchor` or the server's log: each must still match",
    )
    .action(async (opts: { anchor?: string }) => {
      const anchors = opts.anchor ? readAnchorFile(opts.anchor) : [];
      const result = await withDatabase(({ db }) => verifyAuditLog(db, anchors));
      for (const p of result.problems) {
        process.stdout.write(
          say(
            `tenant ${p.tenantId} entry ${p.seq}: ${p.problem}\n`,
            `organisation ${p.tenantId} post ${p.seq}: ${p.problem}\n`,
          ),
        );
      }
      process.stdout.write(
        say(
          `${result.events} entries in ${result.tenants} tenant chain(s)${
            opts.anchor ? `, ${anchors.length} anchor(s)` : ""
          }: ${result.problems.length === 0 ? "intact" : `${result.problems.length} problem(s)`}\n`,
          `${result.events} poster i ${result.tenants} organisationskedja/-or${
            opts.anchor ? `, ${anchors.length} ankare` : ""
          }: ${result.problems.length === 0 ? "oförändrad" : `${result.problems.length} problem`}\n`,
        ),
      );
      if (result.problems.length > 0) process.exitCode = 1;
    });
  audit
    .command("anchor")
    .description(
      "Print each tenant's chain head (sequence number and hash) as JSON lines, to keep somewhere else and give to `audit verify --anchor` later.",
    )
    .action(async () => {
      const anchors = await withDatabase(({ db }) => readAnchors(db));
      const now = new Date();
      for (const anchor of anchors) process.stdout.write(`${formatAnchorLine(anchor, now)}\n`);
    });
  return audit;
}

function readAnchorFile(file: string) {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    fail(
      say(
        `Cannot read the anchor file ${file}: ${(error as Error).message}`,
        `Kan inte läsa ankarfilen ${file}: ${(error as Error).message}`,
      ),
    );
  }
  try {
    const anchors = parseAnchors(text);
    if (anchors.length === 0) fail(say(`No anchors in ${file}.`, `Inga ankare i ${file}.`));
    return anchors;
  } catch (error) {
    fail((error as Error).message);
  }
}
