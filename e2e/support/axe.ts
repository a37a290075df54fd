import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe on the page as it is now and fails with a readable list of WCAG 2.1 AA violations. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    ${n.target.join(" ")}\n      ${n.failureSummary?.replaceAll("\n", "\n      ")}`,
        )
        .join("\n");
      return `- ${v.id} (${v.impact ?? "?"}): ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
  throw new Error(`Accessibility violations on ${where} (${page.url()}):\n${report}`);
}
