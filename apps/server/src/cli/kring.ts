#!/usr/bin/env node
import { Command } from "commander";
import { DataDirInUseError } from "../platform/db/data-dir-lock";
import { say } from "./cli-locale";
import { auditCommand } from "./audit.command";
import { backupCommands } from "./backup.command";
import { extractCommand } from "./extract.command";
import { attendanceCommands } from "./import.command";
import { migrateCommand } from "./migrate.command";
import { scoreCommand } from "./score.command";
import { seedCommand } from "./seed.command";
import { steeringCommand } from "./steering.command";
import { serveCommand } from "./serve.command";
import { userCommand } from "./user.command";

const program = new Command()
  .name("kring")
  .description(
    say(
      "Kring: samordnat stöd runt barnet. Uses PostgreSQL when DATABASE_URL is set, otherwise the embedded database in DATA_DIR (./data).",
      "Kring: samordnat stöd runt barnet. Använder PostgreSQL när DATABASE_URL är satt, annars den inbyggda databasen i DATA_DIR (./data).",
    ),
  )
  // Read by cliLocale() before parsing, so that even help and parse errors could use it.
  .option(
    "--lang <sv|en>",
    say("language of messages (default: LANG)", "språk för meddelanden (standard: LANG)"),
  )
  .showHelpAfterError();

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(seedCommand());
program.addCommand(userCommand());
program.addCommand(auditCommand());
program.addCommand(scoreCommand());
program.addCommand(extractCommand());
program.addCommand(steeringCommand());
for (const command of attendanceCommands()) program.addCommand(command);
for (const command of backupCommands()) program.addCommand(command);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof DataDirInUseError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
