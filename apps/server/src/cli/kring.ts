#!/usr/bin/env node
import { Command } from "commander";
import { DataDirInUseError } from "../platform/db/data-dir-lock";
import { auditCommand } from "./audit.command";
import { attendanceCommands } from "./import.command";
import { migrateCommand } from "./migrate.command";
import { scoreCommand } from "./score.command";
import { seedCommand } from "./seed.command";
import { serveCommand } from "./serve.command";
import { userCommand } from "./user.command";

const program = new Command()
  .name("kring")
  .description(
    "Kring: samordnat stöd runt barnet. Uses PostgreSQL when DATABASE_URL is set, otherwise the embedded database in DATA_DIR (./data).",
  )
  .showHelpAfterError();

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(seedCommand());
program.addCommand(userCommand());
program.addCommand(auditCommand());
program.addCommand(scoreCommand());
for (const command of attendanceCommands()) program.addCommand(command);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof DataDirInUseError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
