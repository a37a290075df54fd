import fs from "node:fs";
import { Command } from "commander";
import { extractPdf } from "../features/extract/extract-pdf";
import {
  type ExtractKind,
  buildExtract,
  tenantOfSubject,
} from "../features/extract/extract.service";
import { say } from "./cli-locale";
import { fail, withDatabase } from "./with-database";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `kring extract`: a register extract from the server's command line (audited as "cli"). */
export function extractCommand() {
  return new Command("extract")
    .description(
      "Write a register extract (GDPR art. 15): everything Kring holds about one child, guardian or professional, as JSON (standard output or --json FILE) and/or PDF (--pdf FILE).",
    )
    .option("--child <id>", "the child's id")
    .option("--guardian <id>", "the guardian's id")
    .option("--person <id>", "a professional's user id")
    .option("--json <file>", "write the JSON here instead of standard output")
    .option("--pdf <file>", "also write the PDF here")
    .action(
      async (opts: {
        child?: string;
        guardian?: string;
        person?: string;
        json?: string;
        pdf?: string;
      }) => {
        const given = (
          [
            ["child", opts.child],
            ["guardian", opts.guardian],
            ["professional", opts.person],
          ] as [ExtractKind, string | undefined][]
        ).filter(([, v]) => v !== undefined);
        if (given.length !== 1)
          fail(
            say(
              "Give exactly one of --child, --guardian, --person.",
              "Ange precis en av --child, --guardian, --person.",
            ),
          );
        const [kind, id] = given[0] as [ExtractKind, string];
        if (!UUID.test(id)) fail(say(`Not an id: ${id}`, `Inte ett id: ${id}`));
        await withDatabase(async ({ db }) => {
          const tenantId = await tenantOfSubject(db, kind, id);
          if (!tenantId) fail(say(`No ${kind} with id ${id}.`, `Ingen person med id ${id}.`));
          const extract = await buildExtract(
            db,
            { tenantId, userId: null, system: "cli" },
            kind,
            id,
            opts.pdf ? "pdf" : "json",
          );
          const json = `${JSON.stringify(extract, null, 2)}\n`;
          if (opts.json) fs.writeFileSync(opts.json, json, { mode: 0o600 });
          else if (!opts.pdf) process.stdout.write(json);
          if (opts.pdf) fs.writeFileSync(opts.pdf, await extractPdf(extract), { mode: 0o600 });
        });
      },
    );
}
