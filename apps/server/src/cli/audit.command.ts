import { Command } from "commander";
import { verifyAuditLog } from "../platform/audit/audit-verify";
import { withDatabase } from "./with-database";

export function auditCommand() {
  const audit = new Command("audit").description("Work with the audit log.");
  audit
    .command("verify")
    .description(
      "Check every tenant's hash chain; exits 1 and lists each altered or missing entry.",
    )
    .action(async () => {
      const result = await withDatabase(({ db }) => verifyAuditLog(db));
      for (const p of result.problems) {
        process.stdout.write(`tenant ${p.tenantId} entry ${p.seq}: ${p.problem}\n`);
      }
      process.stdout.write(
        `${result.events} entries in ${result.tenants} tenant chain(s): ${
          result.problems.length === 0 ? "intact" : `${result.problems.length} problem(s)`
        }\n`,
      );
      if (result.problems.length > 0) process.exitCode = 1;
    });
  return audit;
}
