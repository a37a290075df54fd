import fc from "fast-check";
import { mutate, mutation, nastyValue } from "./mutations";
import type { Operation } from "./openapi-routes";
import { IdRef, validValue } from "./valid-value";

// One malformed request: a route, its path parameters (mostly real ids, some broken), its query
// string, a valid body broken in one to three places, and who sends it.

export interface RequestSpec {
  operation: Operation;
  params: (IdRef | { raw: string })[];
  query: [name: string, value: unknown][];
  body: unknown;
  sender: number;
}

// Path segments as they arrive in a URL: already percent-encoded, some of them badly.
// prettier-ignore
const NASTY_SEGMENTS = [
  "%00", "%ED%A0%80", "%F0%9F%98%80", "%FF", "%", "00000000-0000-0000-0000-000000000000",
  "3f1c2b7e-9d4a-4c1e-8b2a-5e6f7a8b9c0d", "1", "2147483648", "x".repeat(300), "..%2F..",
  "null", "%20", "a%2Fb",
];
// prettier-ignore
const NASTY_QUERY = ["%00", "%ED%A0%80", "99999999999", "-1", "0", "0000-01-01", "", "x".repeat(500), "1e309"];

const param = fc.oneof(
  { weight: 8, arbitrary: fc.nat().map((pick) => new IdRef("", pick)) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_SEGMENTS).map((raw) => ({ raw })) },
);

export function requestSpec(operation: Operation, texts: string[]): fc.Arbitrary<RequestSpec> {
  const body = operation.body
    ? fc
        .tuple(
          validValue(operation.body, texts),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
        )
        .map(([valid, mutations]) => mutate(valid, mutations))
    : fc.option(nastyValue, { nil: undefined, freq: 2 });
  const query = fc.tuple(
    ...operation.query.map((q) =>
      fc
        .oneof(
          { weight: 3, arbitrary: validValue(q.schema, texts, q.name) },
          { weight: 2, arbitrary: fc.constantFrom(...NASTY_QUERY).map((raw) => ({ raw })) },
        )
        .map((value) => [q.name, value] as [string, unknown]),
    ),
  );
  return fc.record({
    operation: fc.constant(operation),
    params: fc.tuple(...operation.pathParams.map(() => param)),
    query,
    body,
    sender: fc.nat(),
  });
}

/** Specs for every operation in turn, `perOperation` each, the same for the same seed. */
export function sampleSpecs(
  operations: Operation[],
  texts: string[],
  perOperation: number,
  seed: number,
): RequestSpec[] {
  const rounds = operations.map((op, i) =>
    fc.sample(requestSpec(op, texts), { numRuns: perOperation, seed: seed + i }),
  );
  // Interleaved, so that what one route changes meets the next route's requests.
  return Array.from({ length: perOperation }, (_, n) => rounds.map((r) => r[n]!)).flat();
}
