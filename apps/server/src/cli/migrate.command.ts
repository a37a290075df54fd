import { Command } from "commander";
import { say } from "./cli-locale";
import { withDatabase } from "./with-database";

export function migrateCommand() {
  return new Command("migrate")
    .description("Bring the database schema up to date (forward-only migrations).")
    .action(async () => {
      await withDatabase(async ({ kind }) => {
        process.stdout.write(
          say(`Database (${kind}) is up to date.\n`, `Databasen (${kind}) är uppdaterad.\n`),
        );
      });
    });
}
