import fs from "node:fs";
import path from "node:path";
import { Command } from "commander";
import type { Kysely } from "kysely";
import { verifyAuditLog } from "../platform/audit/audit-verify";
import {
  dumpEmbedded,
  openDump,
  requestBackup,
  restoreEmbedded,
} from "../platform/backup/embedded-backup";
import {
  dumpPostgres,
  restorePostgres,
  scratchDatabase,
  tableCount,
} from "../platform/backup/postgres-backup";
import { rowCounts } from "../platform/backup/row-counts";
import { loadConfig } from "../platform/config";
import { connectDatabase, wrapPGlite } from "../platform/db/connect";
import { dataDirHolder, lockDataDir } from "../platform/db/data-dir-lock";
import type { Database } from "../platform/db/schema";
import { say } from "./cli-locale";
import { fail } from "./with-database";

export function backupCommands() {
  const backup = new Command("backup")
    .description(
      say(
        "Write a consistent copy of the database to FILE: the embedded database's own dump (also while the server runs), or pg_dump's custom format on PostgreSQL.",
        "Skriv en enhetlig kopia av databasen till FILE: den inbyggda databasens egen dump (även medan servern kör), eller pg_dumps eget format på PostgreSQL.",
      ),
    )
    .argument("<file>")
    .action(async (file: string) => {
      const config = loadConfig();
      const target = path.resolve(file);
      let bytes: number;
      if (config.databaseUrl) bytes = dumpPostgres(config.databaseUrl, target);
      else {
        const holder = dataDirHolder(config.dataDir);
        if (holder) {
          const answer = await requestBackup(holder.pid, config.dataDir, target);
          if (!answer.ok)
            fail(say(`Backup failed: ${answer.error}`, `Kopian misslyckades: ${answer.error}`));
          bytes = answer.bytes!;
        } else {
          const handle = await connectDatabase(config);
          try {
            bytes = await dumpEmbedded(handle.pglite!, target);
          } finally {
            await handle.close();
          }
        }
      }
      process.stdout.write(
        say(
          `Backup written: ${target} (${bytes} bytes)\n`,
          `Kopia skriven: ${target} (${bytes} byte)\n`,
        ),
      );
    });

  const restore = new Command("restore")
    .description(
      say(
        "Restore the database from a backup FILE. With --check: restore it somewhere of its own and report row counts and the audit chain, changing nothing.",
        "Återställ databasen från en kopia FILE. Med --check: återställ den för sig och visa antal rader och loggkedjan, utan att ändra något.",
      ),
    )
    .argument("<file>")
    .option("--check", say("only check the backup", "kontrollera bara kopian"))
    .action(async (file: string, opts: { check?: boolean }) => {
      const config = loadConfig();
      if (!fs.existsSync(file)) fail(say(`No such file: ${file}`, `Filen finns inte: ${file}`));
      if (config.databaseUrl) {
        if (opts.check) {
          const scratch = await scratchDatabase(config.databaseUrl);
          try {
            restorePostgres(file, scratch.url);
            await report(scratch.url);
          } finally {
            await scratch.drop();
          }
          return;
        }
        if ((await tableCount(config.databaseUrl)) > 0)
          fail(
            say(
              "The database is not empty: restore into a new, empty database (createdb) and point DATABASE_URL at it.",
              "Databasen är inte tom: återställ till en ny, tom databas (createdb) och låt DATABASE_URL peka på den.",
            ),
          );
        restorePostgres(file, config.databaseUrl);
        await report(config.databaseUrl);
        return;
      }
      if (opts.check) {
        const pglite = await openDump(file);
        const db = wrapPGlite(pglite).db;
        try {
          await printReport(db);
        } finally {
          await db.destroy();
        }
        return;
      }
      // The server must be stopped: the lock refuses while it holds DATA_DIR.
      fs.mkdirSync(config.dataDir, { recursive: true });
      const unlock = await lockDataDir(config.dataDir);
      try {
        const aside = await restoreEmbedded(file, config.dataDir);
        if (aside)
          process.stdout.write(
            say(
              `The database that was there is kept in ${aside}\n`,
              `Databasen som fanns är sparad i ${aside}\n`,
            ),
          );
      } finally {
        unlock();
      }
      const handle = await connectDatabase(config);
      try {
        await printReport(handle.db);
      } finally {
        await handle.close();
      }
    });
  return [backup, restore];
}

async function report(url: string) {
  const handle = await connectDatabase({ databaseUrl: url, dataDir: "" });
  try {
    await printReport(handle.db);
  } finally {
    await handle.close();
  }
}

/** Rows per table and the audit chain: what an operator compares with the live database. */
async function printReport(db: Kysely<Database>) {
  const counts = await rowCounts(db);
  for (const [table, n] of Object.entries(counts)) process.stdout.write(`${table}\t${n}\n`);
  const audit = await verifyAuditLog(db, []);
  const intact = audit.problems.length === 0;
  process.stdout.write(
    say(
      `audit: ${audit.events} entries, ${intact ? "intact" : `${audit.problems.length} problem(s)`}\n`,
      `logg: ${audit.events} poster, ${intact ? "oförändrad" : `${audit.problems.length} problem`}\n`,
    ),
  );
  if (!intact) process.exitCode = 1;
}
