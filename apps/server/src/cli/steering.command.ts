import { Command } from "commander";
import { isCivilDate } from "@kring/domain/cases";
import { findTenant } from "../features/organisation/tenant";
import { reportCsv, reportJson } from "../features/steering/steering-output";
import { steeringIndicators } from "../features/steering/steering.service";
import { AppError } from "../platform/http/errors";
import { cliLocale, say } from "./cli-locale";
import { fail, withDatabase } from "./with-database";

interface Options {
  from: string;
  to: string;
  area?: string;
  format: string;
  tenant?: string;
}

/** `kring steering report`: the steering indicators for scripts (issue 20), audited as a read. */
export function steeringCommand() {
  const steering = new Command("steering").description(
    say("Steering figures (aggregates only).", "Styrtal (endast sammanställningar)."),
  );
  steering
    .command("report")
    .description(
      say(
        "Print the indicators for a period, for the municipality and each area, small counts hidden.",
        "Skriv ut indikatorerna för en period, för kommunen och varje område, med små tal dolda.",
      ),
    )
    .requiredOption("--from <YYYY-MM-DD>", say("first day of the period", "periodens första dag"))
    .requiredOption("--to <YYYY-MM-DD>", say("last day of the period", "periodens sista dag"))
    .option("--area <name>", say("only this area", "bara detta område"))
    .option("--format <json|csv>", "json | csv", "json")
    .option(
      "--tenant <slug>",
      say("tenant slug (default: the only tenant)", "organisationens kortnamn"),
    )
    .action(async (opts: Options) => {
      const notDate = [opts.from, opts.to].find((date): boolean => !isCivilDate(date));
      if (notDate !== undefined) fail(say(`Not a date: ${notDate}`, `Inte ett datum: ${notDate}`));
      if (opts.format !== "json" && opts.format !== "csv")
        fail(say("--format must be json or csv", "--format ska vara json eller csv"));
      const report = await withDatabase(async ({ db }) => {
        const tenant = await findTenant(db, opts.tenant);
        if (!tenant)
          fail(
            say(
              "No such tenant. Give --tenant <slug> (needed when there are several).",
              "Ingen sådan organisation. Ange --tenant <slug> (behövs när det finns flera).",
            ),
          );
        const actor = { tenantId: tenant.id, userId: null, system: "cli" };
        try {
          return await steeringIndicators(db, actor, {
            from: opts.from,
            to: opts.to,
            ...(opts.area !== undefined ? { area: opts.area } : {}),
          });
        } catch (error) {
          if (error instanceof AppError)
            fail(cliLocale() === "sv" ? error.messageSv : error.messageEn);
          throw error;
        }
      });
      process.stdout.write(
        opts.format === "csv" ? reportCsv(report) : `${JSON.stringify(reportJson(report))}\n`,
      );
    });
  return steering;
}
