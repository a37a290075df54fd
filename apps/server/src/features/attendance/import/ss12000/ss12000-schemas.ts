import fs from "node:fs";
import { parse } from "yaml";
import { type SchemaIssue, SchemaCompiler, type SchemaObject } from "./schema-compiler";

// The official OpenAPI file of SS 12000 version 2.1.0, shipped unchanged next to this module, so
// that records are checked against the standard itself rather than a hand-written copy of it.
const OPENAPI_FILE = new URL("./openapi_ss12000_version2_1_0.yaml", import.meta.url);

/** The SS 12000 entities Kring imports, in the order their references require. */
export const SS12000_ENTITIES = [
  { entity: "organisations", schema: "Organisation" },
  { entity: "persons", schema: "Person" },
  { entity: "groups", schema: "Group" },
  { entity: "duties", schema: "Duty" },
  { entity: "calendarEvents", schema: "CalendarEvent" },
  { entity: "attendances", schema: "Attendance" },
  { entity: "absences", schema: "Absence" },
] as const;

export type Ss12000Entity = (typeof SS12000_ENTITIES)[number]["entity"];
export type Ss12000Validators = Record<Ss12000Entity, (value: unknown) => SchemaIssue[]>;

let loaded: Ss12000Validators | undefined;

/** Parses the OpenAPI file once per process (about 0.3 s) and compiles one validator per entity. */
export function ss12000Validators(): Ss12000Validators {
  if (loaded) return loaded;
  const document = parse(fs.readFileSync(OPENAPI_FILE, "utf8")) as {
    components: { schemas: Record<string, SchemaObject> };
  };
  const compiler = new SchemaCompiler(document.components.schemas);
  loaded = Object.fromEntries(
    SS12000_ENTITIES.map(({ entity, schema }) => [entity, compiler.validator(schema)]),
  ) as Ss12000Validators;
  return loaded;
}

/** Which entity a file holds, from its name: "persons.json", "attendances-0003.jsonl" … */
export function entityOfFile(fileName: string): Ss12000Entity | null {
  const stem = fileName.toLowerCase().replace(/\.(jsonl|ndjson|json)$/, "");
  for (const { entity } of SS12000_ENTITIES) {
    const name = entity.toLowerCase();
    if (stem === name || stem.startsWith(`${name}-`) || stem.startsWith(`${name}_`)) return entity;
  }
  return null;
}

/**
 * The other entities of SS 12000 2.1.0 (the paths of its OpenAPI file), which a vendor's export
 * folder holds too: Kring does not read them, and says so, rather than refusing the batch.
 */
export const UNUSED_SS12000_ENTITIES = [
  "placements",
  "programmes",
  "studyplans",
  "syllabuses",
  "schoolUnitOfferings",
  "activities",
  "attendanceEvents",
  "attendanceSchedules",
  "attendanceSchedule",
  "grades",
  "aggregatedAttendance",
  "resources",
  "rooms",
  "subscriptions",
  "deletedEntities",
  "logs",
  "statistics",
];

/** An SS 12000 entity Kring does not read, from a file name or bundle key ("placements.json"). */
export function unusedEntityOf(name: string): string | null {
  const stem = name.toLowerCase().replace(/\.(jsonl|ndjson|json)$/, "");
  return (
    UNUSED_SS12000_ENTITIES.find((e) => {
      const n = e.toLowerCase();
      return stem === n || stem.startsWith(`${n}-`) || stem.startsWith(`${n}_`);
    }) ?? null
  );
}
