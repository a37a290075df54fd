import { Command } from "commander";
import { say } from "./cli-locale";
import { seedDemo } from "../demo/seed-demo";
import { refreshStatistics } from "../platform/db/statistics";
import { fail, withDatabase } from "./with-database";

export function seedCommand() {
  return new Command("seed")
    .description("Fill the database with data.")
    .option("--demo", "the fictional municipality Kringby with staff, children and cases")
    .action(async (opts: { demo?: boolean }) => {
      if (!opts.demo) fail(say("Say what to seed: --demo", "Säg vad som ska läggas in: --demo"));
      await withDatabase(async ({ db, kind }) => {
        const created = await seedDemo(db);
        // Bulk inserts: the planner learns the new sizes now (PGlite has no autovacuum).
        if (created) await refreshStatistics(db, kind, { alsoOnPostgres: true });
        process.stdout.write(
          created
            ? say("Demo data created.\n", "Demodata skapade.\n")
            : say("Demo data already present.\n", "Demodata finns redan.\n"),
        );
      });
    });
}
