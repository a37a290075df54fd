import { type ImportFile, readLines, readText } from "../import-files";
import { TextDecodingError } from "../import-text";
import type { ImportIssues } from "../import-errors";
import type { Origin } from "../import-rows";
import {
  SS12000_ENTITIES,
  type Ss12000Entity,
  entityOfFile,
  unusedEntityOf,
} from "./ss12000-schemas";

/**
 * Reads SS 12000 records from files in the order references need (organisations before the
 * persons enrolled at them, calendar events before their attendance …). Accepted files:
 * - `<entity>[-part].jsonl`: one record per line, streamed (for the millions of attendances);
 * - `<entity>[-part].json`: one page of the API's list response `{"data": [...]}`, or a list;
 * - any other `.json`: a bundle `{"persons": {"data": [...]}, "attendances": [...], ...}`.
 */
export interface SourceRecord {
  entity: Ss12000Entity;
  origin: Origin;
  record: unknown;
}

type Bundle = Partial<Record<Ss12000Entity, unknown[]>>;

const ENTITY_NAMES = SS12000_ENTITIES.map((e) => e.entity).join(", ");

function listOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value as unknown[];
  const data = (value as { data?: unknown } | null)?.data;
  return Array.isArray(data) ? (data as unknown[]) : null;
}

function parseJson(text: string, file: string, issues: ImportIssues): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : "invalid JSON";
    issues.refuse(
      { file, line: null, path: null },
      "invalid_json",
      `not valid JSON: ${reason}`,
      `inte giltig JSON: ${reason}`,
    );
    return null;
  }
}

/** The file's text, or null (and a problem) when it is not UTF-8: JSON must be (RFC 8259). */
async function textOf(file: ImportFile, issues: ImportIssues, onBytes: (n: number) => void) {
  try {
    return await readText(file, onBytes);
  } catch (error) {
    if (!(error instanceof TextDecodingError)) throw error;
    undecodable(file, issues, error);
    return null;
  }
}

function undecodable(file: ImportFile, issues: ImportIssues, error: TextDecodingError) {
  issues.refuse(
    { file: file.name, line: null, path: null },
    error.code,
    `${error.message} (SS 12000 JSON must be UTF-8)`,
    `${error.messageSv} (SS 12000-JSON måste vara UTF-8)`,
  );
}

function ignored(file: string, issues: ImportIssues, entity: string) {
  issues.note(
    file,
    "ignored_entity",
    `${entity}: an SS 12000 entity Kring does not use; left unread`,
    `${entity}: en SS 12000-entitet som Kring inte använder; lästes inte`,
  );
}

async function readBundle(file: ImportFile, issues: ImportIssues, onBytes: (n: number) => void) {
  const text = await textOf(file, issues, onBytes);
  const value = text === null ? null : parseJson(text, file.name, issues);
  const bundle: Bundle = {};
  if (value === null) return bundle;
  const keys = typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
  const known = keys.filter((k) => entityOfFile(k) !== null);
  const unused = keys.filter((k) => unusedEntityOf(k) !== null);
  for (const key of unused) ignored(file.name, issues, key);
  if (known.length === 0 && unused.length === 0) {
    issues.refuse(
      { file: file.name, line: null, path: null },
      "unknown_file",
      `name the file after its entity (${ENTITY_NAMES}) or make it an object with those keys`,
      `namnge filen efter sin entitet (${ENTITY_NAMES}) eller gör den till ett objekt med de nycklarna`,
    );
  }
  for (const key of known) {
    const list = listOf((value as Record<string, unknown>)[key]);
    if (list) bundle[entityOfFile(key)!] = list;
    else
      issues.refuse(
        { file: file.name, line: null, path: key },
        "not_a_list",
        'must be a list or {"data": [...]}',
        'måste vara en lista eller {"data": [...]}',
      );
  }
  return bundle;
}

async function* entityFile(
  entity: Ss12000Entity,
  file: ImportFile,
  issues: ImportIssues,
  onBytes: (n: number) => void,
): AsyncGenerator<SourceRecord> {
  if (/\.(jsonl|ndjson)$/i.test(file.name)) {
    try {
      for await (const line of readLines(file, onBytes)) {
        if (!line.text.trim()) continue;
        const record = parseJson(line.text, file.name, issues);
        const origin = { file: file.name, line: line.number, path: null };
        if (record !== null) yield { entity, origin, record };
      }
    } catch (error) {
      if (!(error instanceof TextDecodingError)) throw error;
      undecodable(file, issues, error);
    }
    return;
  }
  const text = await textOf(file, issues, onBytes);
  if (text === null) return;
  const list = listOf(parseJson(text, file.name, issues));
  if (!list) return;
  for (const [i, record] of list.entries()) {
    yield { entity, origin: { file: file.name, line: null, path: `data[${i}]` }, record };
  }
}

export async function* ss12000Records(
  files: ImportFile[],
  issues: ImportIssues,
  onBytes: (n: number) => void,
): AsyncGenerator<SourceRecord> {
  const bundles: { file: string; bundle: Bundle }[] = [];
  for (const file of files.filter((f) => !entityOfFile(f.name) && unusedEntityOf(f.name))) {
    ignored(file.name, issues, unusedEntityOf(file.name)!);
  }
  files = files.filter((f) => entityOfFile(f.name) || !unusedEntityOf(f.name));
  for (const file of files.filter((f) => /\.json$/i.test(f.name) && !entityOfFile(f.name))) {
    bundles.push({ file: file.name, bundle: await readBundle(file, issues, onBytes) });
  }
  for (const file of files.filter((f) => !/\.json$/i.test(f.name) && !entityOfFile(f.name))) {
    issues.refuse(
      { file: file.name, line: null, path: null },
      "unknown_file",
      `not an SS 12000 file: expected <entity>.json or <entity>.jsonl with entity one of ${ENTITY_NAMES}`,
      `inte en SS 12000-fil: förväntade <entitet>.json eller <entitet>.jsonl, där entitet är en av ${ENTITY_NAMES}`,
    );
  }
  for (const { entity } of SS12000_ENTITIES) {
    for (const { file, bundle } of bundles) {
      for (const [i, record] of (bundle[entity] ?? []).entries()) {
        yield { entity, origin: { file, line: null, path: `${entity}[${i}]` }, record };
      }
    }
    for (const file of files.filter((f) => entityOfFile(f.name) === entity)) {
      yield* entityFile(entity, file, issues, onBytes);
    }
  }
}
