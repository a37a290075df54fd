import fc from "fast-check";
import type { JsonSchema } from "./openapi-routes";

// A value a JSON schema accepts, so a request gets past validation and into the handler; the
// mutations (mutations.ts) then break it in one place. Ids are placeholders (IdRef) that the run
// resolves to rows of the seeded world; text comes from the world's own names and numbers, so a
// log that leaks a body is caught by the scan for personal data.

/** A uuid to be taken from the seeded world: the table is guessed from the field's name. */
export class IdRef {
  constructor(
    readonly hint: string,
    readonly pick: number,
  ) {}
}

const PLAIN_WORDS = ["Samtal", "Stöd i skolan", "Uppföljning", "ok", "a1", "g1"];

export function validValue(schema: JsonSchema, texts: string[], name = ""): fc.Arbitrary<unknown> {
  const nullable = schema.nullable === true || includesNull(schema.type);
  const base = baseValue(schema, texts, name);
  return nullable ? fc.option(base, { nil: null, freq: 5 }) : base;
}

const includesNull = (type: unknown) => Array.isArray(type) && type.includes("null");

function baseValue(schema: JsonSchema, texts: string[], name: string): fc.Arbitrary<unknown> {
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives)) {
    const options = alternatives.filter((s: JsonSchema) => s.type !== "null");
    return fc.oneof(...options.map((s: JsonSchema) => validValue(s, texts, name)));
  }
  if (Array.isArray(schema.allOf)) return validValue(schema.allOf[0], texts, name);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if ("const" in schema) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object":
      return objectValue(schema, texts);
    case "array": {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 3, minLength + 3);
      return fc.array(validValue(schema.items ?? {}, texts, name), { minLength, maxLength });
    }
    case "string":
      return stringValue(schema, texts, name);
    case "integer":
    case "number": {
      const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1) + 1;
      const max = Math.min(schema.maximum ?? min + 50, min + 50);
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    case "boolean":
      return fc.boolean();
    default:
      // An unconstrained value (e.g. a staircase the domain checks itself).
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectValue(schema: JsonSchema, texts: string[]): fc.Arbitrary<unknown> {
  const properties: Record<string, JsonSchema> = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, s]) => [key, validValue(s, texts, key)]),
  );
  const requiredKeys = (schema.required ?? []).filter((k: string) => k in properties);
  return fc.record(model, { requiredKeys });
}

function stringValue(schema: JsonSchema, texts: string[], name: string): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case "uuid":
      return fc.nat().map((pick) => new IdRef(name, pick));
    case "date":
      return fc.integer({ min: -400, max: 400 }).map((d) => isoDay(d));
    case "date-time":
      return fc.integer({ min: -400, max: 400 }).map((d) => `${isoDay(d)}T09:00:00+01:00`);
    case "email":
      return fc.constantFrom("anna@kringby.se", "x.y@kommun.se");
    case "uri":
      return fc.constantFrom("https://video.kringby.se/rum-1", "https://Video.Kommun.SE/room");
  }
  if (schema.contentEncoding === "base64" || name === "data") return fc.constant("JVBERi0xLjQK");
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern), { maxLength: 20 });
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 4000;
  return fc.constantFrom(...texts, ...PLAIN_WORDS).map((t) => fit(t, min, max));
}

const fit = (text: string, min: number, max: number) => text.padEnd(min, "x").slice(0, max);

function isoDay(offset: number): string {
  return new Date(Date.UTC(2026, 11, 7) + offset * 86_400_000).toISOString().slice(0, 10);
}
