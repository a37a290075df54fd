import type { FastifyInstance } from "fastify";

// The routes to fuzz, read from the server's own OpenAPI document, so a route someone adds is
// fuzzed from the moment it is registered.

export type JsonSchema = Record<string, any>;

export interface Operation {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** `/api/cases/{id}/meetings/{meetingId}` */
  path: string;
  pathParams: string[];
  query: { name: string; schema: JsonSchema }[];
  body: JsonSchema | null;
}

const WRITES = new Set(["POST", "PATCH", "PUT", "DELETE"]);

export async function readOperations(app: FastifyInstance): Promise<Operation[]> {
  const res = await app.inject({ method: "GET", url: "/api/openapi.json" });
  const doc = res.json();
  const resolve = (schema: JsonSchema): JsonSchema => resolveRefs(schema, doc);
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [m, op] of Object.entries<any>(methods)) {
      const method = m.toUpperCase() as Operation["method"];
      const params: any[] = op.parameters ?? [];
      const query = params
        .filter((p) => p.in === "query")
        .map((p) => ({ name: p.name, schema: resolve(p.schema ?? {}) }));
      const pathParams = params.filter((p) => p.in === "path").map((p) => p.name as string);
      // Reads are fuzzed through what they take: path parameters and query strings.
      if (!WRITES.has(method) && pathParams.length === 0 && query.length === 0) continue;
      const json = op.requestBody?.content?.["application/json"]?.schema;
      operations.push({ method, path, pathParams, query, body: json ? resolve(json) : null });
    }
  }
  return operations;
}

function resolveRefs(schema: unknown, doc: any, depth = 0): any {
  if (depth > 20 || schema === null || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map((s) => resolveRefs(s, doc, depth + 1));
  const ref = (schema as { $ref?: string }).$ref;
  if (ref?.startsWith("#/")) {
    const target = ref
      .slice(2)
      .split("/")
      .reduce((node: any, key) => node?.[key], doc);
    return resolveRefs(target ?? {}, doc, depth + 1);
  }
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, resolveRefs(v, doc, depth + 1)]),
  );
}
