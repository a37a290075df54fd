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
  if (!doc._kringRoot) {
    doc._kringRoot = doc.struct("Document");
    doc.addStructure(doc._kringRoot);
  }
  const tag = line._node?.id?.split("-").pop();
  if (tag || !doc._kringCurrent) {
    doc._kringTag = tag ?? "P";
    doc._kringCurrent = doc.struct(doc._kringTag);
    doc._kringRoot.add(doc._kringCurrent);
  }
  doc._kringCurrent.add(doc.markStructureContent(doc._kringTag!));
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

/** Builds text nodes with unique ids that carry their structure tag. */
export function tagger() {
  let n = 0;
  return (tag: "H1" | "H2" | "H3" | "P", text: string, style?: string): Content => ({
    text,
    id: `k${++n}-${tag}`,
    ...(style ? { style } : tag === "P" ? {} : { style: tag.toLowerCase() }),
  });
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake
    .createPdf({ tagged: true, displayTitle: true, language: "sv-SE", version: "1.7", ...doc })
    .getBuffer();
}
