import { createRequire } from "node:module";
import path from "node:path";
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";

// Server-side PDF with pdfmake, tagged so that screen readers find headings and paragraphs.
// pdfmake writes real text but no structure of its own, so we wrap its line renderer: every text
// node carries an id ending in its tag ("-H1", "-P"); each line is marked as content of that
// node's structure element; rules and borders are marked as artifacts.

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");
const font = (file: string) => path.join(fontDir, file);

pdfmake.setFonts({
  Roboto: {
    normal: font("Roboto-Regular.ttf"),
    bold: font("Roboto-Medium.ttf"),
    italics: font("Roboto-Italic.ttf"),
    bolditalics: font("Roboto-MediumItalic.ttf"),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(fontDir));

interface StructElement {
  add(child: unknown): StructElement;
}
interface TaggedDoc {
  options: { tagged?: boolean };
  struct(type: string): StructElement;
  addStructure(el: StructElement): void;
  markStructureContent(tag: string): unknown;
  markContent(tag: string, options?: object): void;
  endMarkedContent(): void;
  _kringRoot?: StructElement;
  _kringCurrent?: StructElement;
  _kringTag?: string;
  _kringNode?: string;
  _kringList?: StructElement;
}
interface RendererLike {
  pdfDocument: TaggedDoc;
  renderLine: (this: RendererLike, line: { _node?: { id?: string } }, x: number, y: number) => void;
  renderVector: (this: RendererLike, vector: unknown) => void;
}

const { default: Renderer } = require("pdfmake/js/Renderer") as {
  default: { prototype: RendererLike };
};
const renderLine = Renderer.prototype.renderLine;
const renderVector = Renderer.prototype.renderVector;

Renderer.prototype.renderLine = function (this: RendererLike, line, x, y) {
  const doc = this.pdfDocument;
  if (!doc.options.tagged) return renderLine.call(this, line, x, y);
  const id = line._node?.id;
  const tag = id?.split("-").pop() ?? "P";
  // Running headers and footers (page numbers, print date) are pagination, not content.
  if (tag === "Artifact") {
    doc.markContent("Artifact", { type: "Pagination" });
    renderLine.call(this, line, x, y);
    return doc.endMarkedContent();
  }
  if (!doc._kringRoot) {
    doc._kringRoot = doc.struct("Document");
    doc.addStructure(doc._kringRoot);
  }
  // A node's lines belong to one structure element; a new node starts the next one. List items
  // next to each other share one L; each is an LI with its text in an LBody.
  if (!doc._kringCurrent || id === undefined || id !== doc._kringNode) {
    doc._kringNode = id;
    if (tag === "LI") {
      if (doc._kringTag !== "LI" || !doc._kringList) {
        doc._kringList = doc.struct("L");
        doc._kringRoot.add(doc._kringList);
      }
      const item = doc.struct("LI");
      doc._kringList.add(item);
      doc._kringCurrent = doc.struct("LBody");
      item.add(doc._kringCurrent);
    } else {
      doc._kringList = undefined;
      doc._kringCurrent = doc.struct(tag);
      doc._kringRoot.add(doc._kringCurrent);
    }
    doc._kringTag = tag;
  }
  doc._kringCurrent.add(doc.markStructureContent(tag === "LI" ? "LBody" : tag));
  renderLine.call(this, line, x, y);
  doc.endMarkedContent();
};

Renderer.prototype.renderVector = function (this: RendererLike, vector) {
  const doc = this.pdfDocument;
  if (!doc.options.tagged) return renderVector.call(this, vector);
  doc.markContent("Artifact", { type: "Layout" });
  renderVector.call(this, vector);
  doc.endMarkedContent();
};

/**
 * Builds text nodes with unique ids that carry their structure tag. Headings carry a
 * headlineLevel, so `keepHeadingsWithNext` can move one that would end a page.
 */
export function tagger() {
  let n = 0;
  return (tag: "H1" | "H2" | "H3" | "P" | "LI", text: string, style?: string): Content => ({
    text,
    id: `k${++n}-${tag}`,
    ...(tag.startsWith("H") ? { headlineLevel: Number(tag.slice(1)) } : {}),
    ...(style ? { style } : tag === "P" || tag === "LI" ? {} : { style: tag.toLowerCase() }),
  });
}

/** A running header or footer line: drawn on every page, marked as a pagination artifact. */
export const artifact = (text: string, key: string, style?: string): Content => ({
  text,
  id: `a${key}-Artifact`,
  ...(style ? { style } : {}),
});

/** No heading alone at a page foot: a heading with nothing but headings after it on its page
 * moves to the next page, with the text it heads. */
const keepHeadingsWithNext: TDocumentDefinitions["pageBreakBefore"] = (node, nodes) =>
  Boolean(
    (node as { headlineLevel?: number }).headlineLevel &&
    !nodes.getFollowingNodesOnPage().some((n) => !(n as { headlineLevel?: number }).headlineLevel),
  );

/**
 * Tagged (sv-SE) and written as PDF/A-2b by pdfkit: XMP identification, an sRGB output intent and
 * embedded fonts (ADR 0029 says what is and is not verified).
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake
    .createPdf({
      tagged: true,
      displayTitle: true,
      language: "sv-SE",
      version: "1.7",
      subset: "PDF/A-2b",
      pageBreakBefore: keepHeadingsWithNext,
      ...doc,
    })
    .getBuffer();
}
