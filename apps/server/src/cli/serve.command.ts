import { Command } from "commander";
import { seedDemo } from "../demo/seed-demo";
import { logAnchorsDaily } from "../platform/audit/audit-anchor";
import { chainAuditContinually } from "../platform/audit/audit-chainer";
import { answerBackupRequests } from "../platform/backup/embedded-backup";
import { loadConfig } from "../platform/config";
import { openDatabase } from "../platform/db/open";
import { buildApp } from "../platform/http/app";
import { refreshStatistics, refreshStatisticsPeriodically } from "../platform/db/statistics";

export function serveCommand() {
  return new Command("serve")
    .description("Start the web server (migrates the database first).")
    .option("--demo", "create the demo data first if it is not there")
    .option("--port <port>", "port to listen on (default PORT or 3000)")
    .action(async (opts: { demo?: boolean; port?: string }) => {
      const config = loadConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
      const handle = await openDatabase(config);
      // PGlite has no autovacuum: the server's planner learns the tables' sizes at start and every
      // hour (short CLI commands skip it; bulk commands analyse what they wrote). After seeding
      // the demo, PostgreSQL too, as its autovacuum would only come later.
      const seeded = opts.demo === true && (await seedDemo(handle.db));
      await refreshStatistics(handle.db, handle.kind, { alsoOnPostgres: seeded });
      const app = await buildApp({ db: handle.db, dbKind: handle.kind, config });
      // Graceful shutdown: stop taking requests, let running ones finish, then close the database.
      let closing = false;
      let stopAnchors = () => {};
      // Requests write their audit entries unchained; one of the servers chains them each second,
      // and this one chains what is left when it stops (ADR 0043).
      const stopChaining = chainAuditContinually(handle.db, app.log);
      const stopStatistics = refreshStatisticsPeriodically(handle.db, handle.kind, (err) =>
        app.log.error({ err }, "refreshing planner statistics failed"),
      );
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        app.log.info({ signal }, "shutting down");
        stopAnchors();
        stopStatistics();
        await app.close();
        await stopChaining();
        await handle.close();
        process.exit(0);
      };
      process.on("SIGINT", () => void shutdown("SIGINT"));
      process.on("SIGTERM", () => void shutdown("SIGTERM"));
      await app.listen({ port: config.port, host: config.host });
      app.log.info({ database: handle.kind }, "Kring is running");
      // Each tenant's audit head in the log, at start and daily: anchors kept outside the database.
      stopAnchors = logAnchorsDaily(handle.db, app.log);
      // `kring backup` asks the server holding the embedded database for a consistent copy.
      if (handle.pglite) answerBackupRequests(handle.pglite, config.dataDir, app.log);
    });
}
