import type { CaseListFilters } from "../api/cases.api";

const SORTS = ["acute", "newest", "oldest"] as const;
// The stage's name only by its form: the list of stages lives in the domain package, which the
// first page does not load (the server refuses an unknown stage with a 400).
const STAGE = /^[a-z][a-z0-9_]{0,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;

/** The filters as the URL holds them: the router writes a boolean as `acute=true`. */
export type CaseListSearch = Omit<CaseListFilters, "acute"> & { acute?: boolean };

/**
 * The case list's filters from the URL (so a filtered list can be shared and survives reload):
 * only values of the right form, anything else is left out rather than sent to the server.
 */
export function validateCaseListSearch(search: Record<string, unknown>): CaseListSearch {
  const out: CaseListSearch = {};
  const sort = oneOf(SORTS, search.sort);
  const stage = typeof search.stage === "string" && STAGE.test(search.stage) ? search.stage : null;
  if (sort && sort !== "acute") out.sort = sort;
  if (stage) out.stage = stage as CaseListFilters["stage"];
  // A string too, as someone may type it: the router reads `"true"` as the string.
  if (search.acute === true || search.acute === "true") out.acute = true;
  if (search.acute === false || search.acute === "false") out.acute = false;
  if (typeof search.area === "string" && UUID.test(search.area)) out.area = search.area;
  return out;
}

/** The filters as the server takes them. */
export function filtersOf({ acute, ...rest }: CaseListSearch): CaseListFilters {
  return acute === undefined ? rest : { ...rest, acute: acute ? "true" : "false" };
}
