import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { type TextEncodingName, decodeText } from "./import-text";

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

export interface ReadOptions {
  /** CSV: UTF-16 with a BOM and Windows-1252 are read too; JSON: UTF-8 only. */
  legacy?: boolean;
  onEncoding?: (encoding: TextEncodingName) => void;
}

/**
 * Lines of a file with their numbers, streamed and decoded (import-text.ts), without the BOM.
 * `onBytes` reports how far into the file the reader is, for progress bars. Throws
 * TextDecodingError when the bytes are not text in an accepted encoding.
 */
export async function* readLines(
  file: ImportFile,
  onBytes: (bytes: number) => void,
  options: ReadOptions = {},
): AsyncGenerator<Line> {
  const text = decodeText(file.open(), { legacy: options.legacy ?? false, onBytes, ...options });
  const lines = createInterface({ input: Readable.from(text), crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number++;
    yield { number, text: raw };
  }
}

/** A whole (small) file as text, e.g. one page of an SS 12000 list response (UTF-8 only). */
export async function readText(file: ImportFile, onBytes: (bytes: number) => void) {
  let text = "";
  for await (const part of decodeText(file.open(), { legacy: false, onBytes })) text += part;
  return text;
}
