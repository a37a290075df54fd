/**
 * A validator for the OpenAPI 3.0 schema objects of the SS 12000 file: the keywords that file
 * uses ($ref, allOf, type, nullable, enum, format, required, properties, items, minimum,
 * maximum, minItems, uniqueItems). Unknown properties are allowed, as OpenAPI allows them.
 * Compiled to closures once; a record is first checked without building any path (the import
 * checks millions), and only a failing record is checked again to explain why.
 */
import { formatTest } from "./schema-formats";

export type SchemaObject = Record<string, unknown>;

export interface SchemaIssue {
  path: string;
  message: string;
  messageSv: string;
}

interface PathNode {
  parent: PathNode | null;
  key: string | number;
}

type Check = (value: unknown, at: PathNode | null, issues: SchemaIssue[] | null) => boolean;

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ["a string", "en text"],
  integer: ["an integer", "ett heltal"],
  number: ["a number", "ett tal"],
  boolean: ["true or false", "true eller false"],
  object: ["an object", "ett objekt"],
  array: ["a list", "en lista"],
};

export function pathText(at: PathNode | null): string {
  let text = "";
  for (let node = at; node; node = node.parent) {
    text = typeof node.key === "number" ? `[${node.key}]${text}` : `.${node.key}${text}`;
  }
  return text.startsWith(".") ? text.slice(1) : text;
}

function fail(issues: SchemaIssue[] | null, at: PathNode | null, en: string, sv: string) {
  issues?.push({ path: pathText(at), message: en, messageSv: sv });
  return false;
}

const child = (at: PathNode | null, key: string | number, issues: SchemaIssue[] | null) =>
  issues ? { parent: at, key } : null;

function typeCheck(type: string): (v: unknown) => boolean {
  switch (type) {
    case "string":
      return (v) => typeof v === "string";
    case "integer":
      return (v) => Number.isInteger(v);
    case "number":
      return (v) => typeof v === "number" && Number.isFinite(v);
    case "boolean":
      return (v) => typeof v === "boolean";
    case "array":
      return (v) => Array.isArray(v);
    default:
      return (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  }
}

export class SchemaCompiler {
  private readonly compiled = new Map<string, Check>();

  constructor(private readonly components: Record<string, SchemaObject>) {}

  /** The validator of a named component schema, e.g. "Person". */
  validator(name: string): (value: unknown) => SchemaIssue[] {
    const check = this.ref(`#/components/schemas/${name}`);
    return (value) => {
      if (check(value, null, null)) return [];
      const issues: SchemaIssue[] = [];
      check(value, null, issues);
      return issues;
    };
  }

  private ref(ref: string): Check {
    const existing = this.compiled.get(ref);
    if (existing) return existing;
    const name = ref.replace("#/components/schemas/", "");
    const schema = this.components[name];
    if (!schema) throw new Error(`SS 12000 schema ${name} is missing`);
    // Registered before compiling so that recursive schemas refer to themselves lazily.
    let body: Check = () => true;
    this.compiled.set(ref, (v, at, issues) => body(v, at, issues));
    body = this.compile(schema);
    return this.compiled.get(ref)!;
  }

  private compile(schema: SchemaObject): Check {
    const checks: Check[] = [];
    if (typeof schema.$ref === "string") checks.push(this.ref(schema.$ref));
    if (Array.isArray(schema.allOf)) {
      for (const part of schema.allOf as SchemaObject[]) checks.push(this.compile(part));
    }
    if (typeof schema.type === "string") checks.push(this.typed(schema, schema.type));
    else if (schema.properties || schema.required) checks.push(this.typed(schema, "object"));
    if (Array.isArray(schema.enum)) checks.push(enumCheck(schema.enum));
    const nullable = schema.nullable === true;
    // Most schemas are a single $ref or type; skipping the loop keeps millions of checks cheap.
    if (checks.length === 0) return () => true;
    if (checks.length === 1 && !nullable) return checks[0]!;
    return (value, at, issues) => {
      if (value === null && nullable) return true;
      let ok = true;
      for (const check of checks) {
        if (!check(value, at, issues)) {
          ok = false;
          if (!issues) return false;
        }
      }
      return ok;
    };
  }

  private typed(schema: SchemaObject, type: string): Check {
    const isType = typeCheck(type);
    const [en, sv] = TYPE_NAMES[type] ?? ["valid", "giltigt"];
    const inner =
      type === "object"
        ? this.objectBody(schema)
        : type === "array"
          ? this.arrayBody(schema)
          : type === "string"
            ? formatBody(formatTest(schema.format))
            : rangeBody(schema);
    return (value, at, issues) => {
      if (!isType(value)) return fail(issues, at, `must be ${en}`, `måste vara ${sv}`);
      return inner(value, at, issues);
    };
  }

  private objectBody(schema: SchemaObject): Check {
    const required = (schema.required as string[] | undefined) ?? [];
    const properties = Object.entries((schema.properties as Record<string, SchemaObject>) ?? {})
      // readOnly/description-only entries still need checking; examples never do.
      .map(([key, sub]) => [key, this.compile(sub)] as const);
    return (value, at, issues) => {
      const record = value as Record<string, unknown>;
      let ok = true;
      for (const key of required) {
        if (record[key] === undefined) {
          ok = fail(issues, child(at, key, issues), "is required", "saknas");
          if (!issues) return false;
        }
      }
      for (const [key, check] of properties) {
        const v = record[key];
        if (v !== undefined && !check(v, child(at, key, issues), issues)) {
          ok = false;
          if (!issues) return false;
        }
      }
      return ok;
    };
  }

  private arrayBody(schema: SchemaObject): Check {
    const item = schema.items ? this.compile(schema.items as SchemaObject) : () => true;
    const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
    const unique = schema.uniqueItems === true;
    return (value, at, issues) => {
      const list = value as unknown[];
      let ok = true;
      if (list.length < minItems) {
        ok = fail(issues, at, `must have at least ${minItems}`, `måste ha minst ${minItems}`);
      }
      if (unique && new Set(list.map((v) => JSON.stringify(v))).size !== list.length) {
        ok = fail(issues, at, "must not repeat a value", "får inte upprepa ett värde");
      }
      for (let i = 0; i < list.length && (ok || issues); i++) {
        if (!item(list[i], child(at, i, issues), issues)) ok = false;
      }
      return ok;
    };
  }
}

function enumCheck(values: unknown[]): Check {
  const allowed = new Set(values);
  const list = values.join(", ");
  return (value, at, issues) =>
    allowed.has(value) ||
    fail(issues, at, `must be one of: ${list}`, `måste vara något av: ${list}`);
}

function formatBody(test: { name: string; test: (s: string) => boolean } | null): Check {
  if (!test) return () => true;
  return (value, at, issues) =>
    test.test(value as string) ||
    fail(issues, at, `must be in the format ${test.name}`, `måste ha formatet ${test.name}`);
}

function rangeBody(schema: SchemaObject): Check {
  const min = typeof schema.minimum === "number" ? schema.minimum : -Infinity;
  const max = typeof schema.maximum === "number" ? schema.maximum : Infinity;
  return (value, at, issues) => {
    if (typeof value !== "number" || (value >= min && value <= max)) return true;
    return fail(issues, at, `must be from ${min} to ${max}`, `måste vara från ${min} till ${max}`);
  };
}
