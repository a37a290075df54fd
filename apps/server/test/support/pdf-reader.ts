// Reads a PDF the way a reader's software does, with Mozilla's PDF.js: each page's text, the
// structure tree (tags) per page and the document's XMP metadata. Independent of pdfmake/pdfkit.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface StructNode {
  role?: string;
  type?: string;
  children?: StructNode[];
}
export interface ReadPdf {
  pages: { text: string; tags: StructNode | null }[];
  metadata: string;
  info: Record<string, unknown>;
}

export async function readPdf(pdf: Buffer | Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items
      .map((i) => ("str" in i ? i.str + (i.hasEOL ? "\n" : "") : ""))
      .join("");
    pages.push({ text, tags: (await page.getStructTree()) as StructNode | null });
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return {
    pages,
    metadata: meta.metadata?.getRaw() ?? "",
    info: meta.info as Record<string, unknown>,
  };
}

/** The roles of a structure tree, depth first. */
export function roles(node: StructNode | null): string[] {
  if (!node) return [];
  return [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(roles)];
}
