import { describe, expect, it } from "vitest";
import type { Content } from "pdfmake/interfaces";
import { renderPdf, tagger } from "../../src/features/plans/pdf-render";
import { readPdf } from "../support/pdf-reader";

// A heading must never be the last thing on a page: with more and more text before it, the
// heading passes every position on the page, the foot included.
describe("plan PDF layout", () => {
  it("keeps a heading with the text that follows it, wherever the page breaks", async () => {
    const checked: number[] = [];
    for (let lines = 40; lines <= 56; lines++) {
      const t = tagger();
      const content: Content[] = [
        t("H1", "Titel"),
        ...Array.from({ length: lines }, (_, i) => t("P", `Rad ${i + 1}`)),
        t("H2", "Rubriken"),
        t("P", "Texten under rubriken."),
        t("P", "Mer text."),
      ];
      const read = await readPdf(
        await renderPdf({ pageSize: "A4", pageMargins: [48, 56, 48, 56], content }),
      );
      read.pages.forEach((page) => {
        const last = page.text.trim().split("\n").at(-1)!.trim();
        expect(last, `${lines} lines before the heading`).not.toBe("Rubriken");
      });
      const onPage = read.pages.findIndex((p) => p.text.includes("Rubriken"));
      expect(read.pages[onPage]!.text).toContain("Texten under rubriken.");
      checked.push(onPage);
    }
    // The sweep really did reach a page break.
    expect(new Set(checked).size).toBeGreaterThan(1);
  });
});
