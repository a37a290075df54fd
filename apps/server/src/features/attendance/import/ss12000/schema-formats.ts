// The string formats the SS 12000 file uses, checked cheaply: millions of values per import.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// A calendar date check without Date objects: this runs a few million times per import.
function realDate(match: RegExpExecArray | null): boolean {
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]!) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

const FORMATS: Record<string, (s: string) => boolean> = {
  uuid: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s),
  date: (s) => realDate(DATE.exec(s)),
  "date-time": (s) => realDate(DATE_TIME.exec(s)),
  email: (s) => /^[^\s@]+@[^\s@]+$/.test(s),
  uri: (s) => /^[a-z][a-z0-9+.-]*:\S*$/i.test(s),
};

/** The test for a schema's format, or null when the format is not one Kring checks. */
export function formatTest(format: unknown): { name: string; test: (s: string) => boolean } | null {
  if (typeof format !== "string") return null;
  const known = FORMATS[format];
  if (known) return { name: format, test: known };
  // The file writes one pattern ("^[0-9]{2}:[0-9]{2}$") as a format.
  if (format.startsWith("^")) {
    const pattern = new RegExp(format);
    return { name: format, test: (s) => pattern.test(s) };
  }
  return null;
}
