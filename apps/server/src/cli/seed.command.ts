import { Command } from "commander";
import { seedDemo } from "../demo/seed-demo";
import { fail, withDatabase } from "./with-database";

export function seedCommand() {
  return new Command("seed")
    .description("Fill the database with data.")
    .option("--demo", "the fictional municipality Kringby with staff, children and cases")
    .action(async (opts: { demo?: boolean }) => {
      if (!opts.demo) fail("Say what to seed: --demo");
      await withDatabase(async ({ db }) => {
        const created = await seedDemo(db);
        process.stdout.write(created ? "Demo data created.\n" : "Demo data already present.\n");
      });
    });
}
