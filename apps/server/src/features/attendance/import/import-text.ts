import type { Readable } from "node:stream";

/**
 * Bytes to text for imports, without guessing where it can be known and without ever producing
 * U+FFFD: every decoder is fatal, so a byte that does not belong to the encoding is an error,
 * not a replacement character in a child's name.
 *
 * - A byte order mark decides: UTF-8, UTF-16LE ("Unicode-text" from Excel) or UTF-16BE.
 * - Without one the text is UTF-8, strictly, unless legacy text is allowed (CSV) and the first
 *   bytes beyond ASCII are not UTF-8: then it is Windows-1252, what Swedish Excel writes for
 *   "CSV (semikolonavgränsad)". Everything before those bytes is ASCII and reads the same in both.
 * - JSON must be UTF-8 (RFC 8259, and SS 12000 says so): anything else is refused.
 */
export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "Windows-1252";

export class TextDecodingError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageSv: string,
  ) {
    super(message);
  }
}

export interface DecodeOptions {
  /** CSV: accept UTF-16 with a BOM and Windows-1252; JSON: UTF-8 only. */
  legacy: boolean;
  /** Called once, when the encoding is known (at the first bytes beyond ASCII, or at the end). */
  onEncoding?: (encoding: TextEncodingName) => void;
  onBytes?: (bytes: number) => void;
}

const LABEL: Record<TextEncodingName, string> = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  "Windows-1252": "windows-1252",
};

function bomOf(bytes: Buffer): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "UTF-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "UTF-16LE", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "UTF-16BE", length: 2 };
  return null;
}

const isUtf8 = (bytes: Buffer) => {
  try {
    // stream: a character cut at the end of the chunk is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
};

function notUtf8(at: number): TextDecodingError {
  return new TextDecodingError(
    "not_utf8",
    `the file is not UTF-8 (a byte at or after byte ${at + 1} is not part of a UTF-8 character); save it as UTF-8`,
    `filen är inte UTF-8 (en byte på eller efter byte ${at + 1} ingår inte i ett UTF-8-tecken); spara den som UTF-8`,
  );
}

const complete = (bytes: Buffer) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The text of a byte stream, a chunk at a time. Throws TextDecodingError. */
export async function* decodeText(
  stream: Readable,
  options: DecodeOptions,
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  const state: { encoding: TextEncodingName | null } = { encoding: null };
  let offset = 0;
  /** Bytes not yet decoded: a BOM's first bytes, or the first bytes beyond ASCII. */
  let held: Buffer = Buffer.alloc(0);
  let bomChecked = false;
  const decide = (name: TextEncodingName) => {
    state.encoding = name;
    decoder = new TextDecoder(LABEL[name], { fatal: true });
    options.onEncoding?.(name);
  };
  const checkBom = (bytes: Buffer): Buffer => {
    bomChecked = true;
    const bom = bomOf(bytes);
    if (!bom) return bytes;
    if (bom.encoding !== "UTF-8" && !options.legacy) {
      throw new TextDecodingError(
        "not_utf8",
        `the file is ${bom.encoding}, not UTF-8; save it as UTF-8`,
        `filen är ${bom.encoding}, inte UTF-8; spara den som UTF-8`,
      );
    }
    decide(bom.encoding);
    offset += bom.length;
    return bytes.subarray(bom.length);
  };
  const decodeChunk = (chunk: Buffer, last: boolean): string => {
    try {
      const text = decoder!.decode(chunk, { stream: !last });
      offset += chunk.length;
      return text;
    } catch {
      throw state.encoding === "UTF-8"
        ? notUtf8(offset)
        : new TextDecodingError(
            "bad_encoding",
            `the file is not valid ${state.encoding} after byte ${offset}`,
            `filen är inte giltig ${state.encoding} efter byte ${offset}`,
          );
    }
  };
  /** Undecided: ASCII goes out as it is; the first bytes beyond it decide (4 are enough). */
  const undecided = (chunk: Buffer, last: boolean): string => {
    const firstHigh = chunk.findIndex((b) => b >= 0x80);
    if (firstHigh < 0) {
      offset += chunk.length;
      return chunk.toString("latin1");
    }
    const ascii = chunk.subarray(0, firstHigh).toString("latin1");
    const high = chunk.subarray(firstHigh);
    offset += firstHigh;
    if (high.length < 4 && !last) {
      held = high;
      return ascii;
    }
    const utf8 = last ? complete(high) : isUtf8(high);
    if (utf8) decide("UTF-8");
    else if (options.legacy) decide("Windows-1252");
    else throw notUtf8(offset);
    return ascii + decodeChunk(high, last);
  };
  for await (const raw of stream) {
    const bytes: Buffer = Buffer.isBuffer(raw) ? raw : Buffer.from(raw as string);
    options.onBytes?.(bytes.length);
    let chunk = held.length > 0 ? Buffer.concat([held, bytes]) : bytes;
    held = Buffer.alloc(0);
    if (!bomChecked) {
      // The BOM may (in theory) be split over chunks: wait for three bytes.
      if (chunk.length < 3) {
        held = chunk;
        continue;
      }
      chunk = checkBom(chunk);
    }
    yield decoder ? decodeChunk(chunk, false) : undecided(chunk, false);
  }
  const rest = bomChecked ? held : checkBom(held);
  if (!decoder) {
    const text = undecided(rest, true);
    if (!decoder) decide("UTF-8");
    yield text;
    return;
  }
  yield decodeChunk(rest, true);
}
