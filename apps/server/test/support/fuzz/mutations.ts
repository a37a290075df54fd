import fc from "fast-check";
import { IdRef } from "./valid-value";

// What an adversary sends instead of a valid value: characters the database cannot store,
// numbers beyond its columns, dates outside any calendar in use, links the calendar writer
// refuses, ids of rows that are not there or of another kind, and the wrong type altogether.

// prettier-ignore
const NASTY_STRINGS = [
  "", " ", "\t\n", "x".repeat(5000),
  "0000-01-01", "0000-01-01T00:00:00Z", "9999-12-31", "2026-02-30", "-001-01-01", "1e309", "NaN",
  "https://Video.Kommun.SE/room", "HTTPS://VIDEO.KOMMUN.SE/", "https://[2001:db8::1]/x",
  "https://a_b.kommun.se/", "sip:room@kommun.se", "mailto:a@kommun.se", "javascript:alert(1)",
  "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "3f1c2b7e-9d4a-4c1e-8b2a-5e6f7a8b9c0d", "'; drop table child; --", "<script>x</script>",
  "__proto__", "😀".repeat(50), "%00", "a".repeat(70),
];
// prettier-ignore
const NASTY_OTHERS: unknown[] = [
  2147483648, -2147483649, 2 ** 53, -1, 0, 1.5, 1e308, -1e308, null, true, false, {}, [], [null],
  JSON.parse('{"__proto__":{"polluted":true}}'), { constructor: { prototype: { x: 1 } } },
];

/** What the database cannot store, the class behind most of the 500s found (issue 16). */
const UNSTORABLE = ["\u0000", "Anna\u0000Andersson", "\ud800", "x\udfffy"];

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...UNSTORABLE) },
  { weight: 5, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_OTHERS) },
  { weight: 2, arbitrary: fc.nat().map((pick) => new IdRef("any", pick)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);

type Mutation =
  | { kind: "replace"; at: number; value: unknown }
  | { kind: "delete"; at: number }
  | { kind: "add"; at: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("replace" as const),
      at: fc.nat(),
      value: nastyValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      at: fc.nat(),
      key: fc.constantFrom("unknownField", "__proto__", "constructor", "id", "tenantId"),
      value: nastyValue,
    }),
  },
);

/** The value with each mutation applied at one of its nodes (the whole value included). */
export function mutate(value: unknown, mutations: Mutation[]): unknown {
  let result = structuredCopy(value);
  for (const m of mutations) {
    const nodes = nodePaths(result);
    const path = nodes[m.at % nodes.length]!;
    if (m.kind === "replace") result = setAt(result, path, m.value);
    else if (m.kind === "delete" && path.length > 0) deleteAt(result, path);
    else if (m.kind === "add") {
      const target = getAt(result, path);
      if (target && typeof target === "object" && !Array.isArray(target))
        Object.defineProperty(target, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else if (Array.isArray(target)) target.push(m.value);
    }
  }
  return result;
}

type Path = (string | number)[];

function nodePaths(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...nodePaths(v, [...path, i])));
  else if (isPlainObject(value))
    for (const [k, v] of Object.entries(value)) paths.push(...nodePaths(v, [...path, k]));
  return paths;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !(v instanceof IdRef) && !Array.isArray(v);

const getAt = (value: unknown, path: Path) =>
  path.reduce<any>((node, key) => (node == null ? undefined : node[key]), value);

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const parent = getAt(value, path.slice(0, -1));
  // defineProperty: a key such as `__proto__` stays a plain own field, as JSON.parse makes it.
  Object.defineProperty(parent, path.at(-1)!, {
    value: replacement,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return value;
}

function deleteAt(value: unknown, path: Path) {
  const parent = getAt(value, path.slice(0, -1));
  if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
  else Reflect.deleteProperty(parent, path.at(-1)!);
}

function structuredCopy(value: unknown): unknown {
  if (value instanceof IdRef) return value;
  if (Array.isArray(value)) return value.map(structuredCopy);
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCopy(v)]));
  return value;
}
