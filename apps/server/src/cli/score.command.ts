import { createInterface } from "node:readline";
import { Command } from "commander";
import { scoreSdqJsonLine } from "@kring/domain/instruments";

/**
 * Scores paper forms in bulk: one JSON object a line in, one a line out. A bad line is reported
 * on stderr with its line number and written out as nothing; the other lines are still scored.
 */
export function scoreCommand() {
  const score = new Command("score").description(
    "Score outcome instruments from the command line.",
  );
  score
    .command("sdq")
    .description(
      'Read SDQ answers as JSON lines on stdin, write scores as JSON lines on stdout. In: {"informant":"parent"|"teacher"|"self","answers":[25 × 0|1|2|null],"impact":[0-3|null …]}',
    )
    .action(async () => {
      const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let lineNumber = 0;
      let failures = 0;
      for await (const line of input) {
        lineNumber++;
        if (!line.trim()) continue;
        const result = scoreSdqJsonLine(line);
        if (result.ok) {
          process.stdout.write(`${JSON.stringify(result.output)}\n`);
        } else {
          failures++;
          process.stderr.write(`line ${lineNumber}: ${result.error}\n`);
        }
      }
      if (failures > 0) process.exitCode = 1;
    });
  return score;
}
