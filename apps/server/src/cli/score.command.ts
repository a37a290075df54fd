import { createInterface } from "node:readline";
import { Command } from "commander";
import { scoreSdqJsonLine } from "@kring/domain/instruments";
import { cliLocale, say } from "./cli-locale";

/**
 * Scores paper forms in bulk: one JSON object a line in, exactly one a line out, so that the
 * n-th output line always belongs to the n-th input line (`paste`, spreadsheets). A bad or blank
 * line gives `{"line":N,"error":"…"}` in its place (and on stderr); the others are still scored.
 */
export function scoreCommand() {
  const score = new Command("score").description(
    say("Score outcome instruments from the command line.", "Poängsätt skattningsformulär."),
  );
  score
    .command("sdq")
    .description(
      say(
        'Read SDQ answers as JSON lines on stdin, write scores as JSON lines on stdout, one per input line. In: {"id"?: string|number, "informant":"parent"|"teacher"|"self", "answers":[25 × 0|1|2|null], "impact"?: [0-3|null …], "difficulties"?: true|false}',
        'Läser SDQ-svar som JSON-rader på stdin och skriver poäng som JSON-rader på stdout, en per indatarad. In: {"id"?: sträng|tal, "informant":"parent"|"teacher"|"self", "answers":[25 × 0|1|2|null], "impact"?: [0-3|null …], "difficulties"?: true|false}',
      ),
    )
    .action(async () => {
      const locale = cliLocale();
      const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let lineNumber = 0;
      let failures = 0;
      for await (const line of input) {
        lineNumber++;
        const result = scoreSdqJsonLine(line);
        if (result.ok) {
          process.stdout.write(`${JSON.stringify(result.output)}\n`);
          continue;
        }
        failures++;
        const error = say(result.error, result.errorSv, locale);
        const id = result.id === undefined ? {} : { id: result.id };
        process.stdout.write(`${JSON.stringify({ line: lineNumber, ...id, error })}\n`);
        process.stderr.write(`${say("line", "rad", locale)} ${lineNumber}: ${error}\n`);
      }
      if (failures > 0) process.exitCode = 1;
    });
  return score;
}
