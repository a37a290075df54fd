import { z } from "zod";

// The rules every request schema is built from (ADR 0010): whatever a schema accepts, the
// database can hold and the documents we write (PDF, FHIR, .ics) can carry. Bad input is then
// refused at the door with a 400 naming the field, never by the database with a 500.

/** A lone UTF-16 surrogate is no character at all: UTF-8 cannot carry it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text can be stored and shown: no NUL (PostgreSQL keeps none), well-formed. */
export const isStorableText = (s: string) => !s.includes("\u0000") && !LONE_SURROGATE.test(s);

const storable = { message: "must not hold NUL or broken Unicode characters" };

/** Free text as typed, untrimmed (minutes, passwords, file contents): only what is storable. */
export const RawText = (max: number) => z.string().max(max).refine(isStorableText, storable);

/** Trimmed text that may be left empty (a note, an optional comment). */
export const FreeText = (max: number) =>
  z.string().trim().max(max).refine(isStorableText, storable);

/** Trimmed text that must say something (a name, a reason, a title). */
export const Text = (max: number) =>
  z.string().trim().min(1).max(max).refine(isStorableText, storable);

/** An e-mail address. */
export const Email = z.email().max(254);

/** The largest integer a PostgreSQL `integer` column holds. */
export const INT_MAX = 2 ** 31 - 1;

/** A whole number within bounds that fit an `integer` column. */
export const Int = (min = -INT_MAX, max = INT_MAX) => z.number().int().min(min).max(max);

/** An optimistic-lock version or revision: a positive `integer`. */
export const Version = Int(1);

/** A whole number from a query string (`?a=2`), within an `integer` column. */
export const QueryInt = (min = 1, max = INT_MAX) => z.coerce.number().int().min(min).max(max);

/** Years a date in Kring can plausibly fall in; outside it is a typing error, not a date. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
const plausibleYear = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};
const yearRange = { message: `the year must be between ${FIRST_YEAR} and ${LAST_YEAR}` };

/** A calendar date, `2026-12-07`, between 1900 and 2100. */
export const CivilDate = z.iso.date().refine(plausibleYear, yearRange);

/** A moment with its offset, `2026-12-07T09:00:00+01:00`, between 1900 and 2100. */
export const DateTime = z.iso.datetime({ offset: true }).refine(plausibleYear, yearRange);

/**
 * A link to a video meeting: http or https, saved in its normal form (scheme and host in lower
 * case, as `new URL` writes it), so every calendar program and our .ics writer take it.
 */
export const WebLink = z
  .url({ protocol: /^https?$/, normalize: true })
  .max(2000)
  .refine(isStorableText, storable);

/**
 * A PATCH body must change something: `{}` is refused with 400 instead of reaching an UPDATE
 * with nothing to set.
 */
export const atLeastOneField = <T extends z.ZodObject>(schema: T) =>
  schema.refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: "nothing to change: give at least one field",
  });
