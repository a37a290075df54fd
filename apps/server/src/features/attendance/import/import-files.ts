import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";

/** A file to import, from disk (CLI) or from an upload (web), read as a stream of text. */
export interface ImportFile {
  name: string;
  size: number;
  open(): Readable;
}

export function fileOnDisk(filePath: string): ImportFile {
  return {
    name: path.basename(filePath),
    size: fs.statSync(filePath).size,
    open: () => fs.createReadStream(filePath),
  };
}

export function fileInMemory(name: string, content: string | Buffer): ImportFile {
  const buffer = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, size: buffer.length, open: () => Readable.from([buffer]) };
}

/** The files of a folder (sorted by name) or the one file given. */
export function filesAt(target: string): ImportFile[] {
  if (!fs.statSync(target).isDirectory()) return [fileOnDisk(target)];
  return fs
    .readdirSync(target)
    .filter((name) => !name.startsWith("."))
    .sort()
    .map((name) => path.join(target, name))
    .filter((p) => fs.statSync(p).isFile())
    .map(fileOnDisk);
}

export interface Line {
  number: number;
  text: string;
}

/**
 * Lines of a file with their numbers, streamed, with a leading BOM removed. `onBytes` reports
 * how far into the file the reader is, for progress bars.
 */
export async function* readLines(
  file: ImportFile,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Line> {
  const stream = file.open();
  stream.on("data", (chunk: Buffer | string) => onBytes(chunk.length));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number++;
    yield { number, text: number === 1 ? raw.replace(/^\uFEFF/, "") : raw };
  }
}

/** A whole (small) file as text, e.g. one page of an SS 12000 list response. */
export async function readText(file: ImportFile, onBytes: (bytes: number) => void) {
  const parts: Buffer[] = [];
  for await (const chunk of file.open()) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    parts.push(buffer);
    onBytes(buffer.length);
  }
  return Buffer.concat(parts)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
}
