// Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer).
// Stored and shown as 12 digits YYYYMMDDNNNC; the check digit C is Luhn over the last 10 digits.
// A coordination number adds 60 to the day of birth.

export type PersonalNumberKind = "personal" | "coordination";

export interface ParsedPersonalNumber {
  /** Canonical 12 digits, no separator. */
  value: string;
  kind: PersonalNumberKind;
  birthDate: string;
}

export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Accepts "YYYYMMDDNNNC", "YYYYMMDD-NNNC" or with "+"; returns null when invalid. */
export function parsePersonalNumber(input: string): ParsedPersonalNumber | null {
  const digits = input.trim().replace(/[-+\s]/g, "");
  if (!/^\d{12}$/.test(digits)) return null;
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  let day = Number(digits.slice(6, 8));
  let kind: PersonalNumberKind = "personal";
  if (day > 60) {
    kind = "coordination";
    day -= 60;
  }
  if (!isRealDate(year, month, day)) return null;
  const last10 = digits.slice(2);
  if (luhnCheckDigit(last10.slice(0, 9)) !== Number(last10[9])) return null;
  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${String(day).padStart(2, "0")}`;
  return { value: digits, kind, birthDate };
}

export function isValidPersonalNumber(input: string): boolean {
  return parsePersonalNumber(input) !== null;
}

/** Builds a valid number from birth date (YYYY-MM-DD) and a three-digit serial. */
export function makePersonalNumber(
  birthDate: string,
  serial: number,
  coordination = false,
): string {
  const [y, m, d] = birthDate.split("-");
  const day = Number(d) + (coordination ? 60 : 0);
  const nine = `${y!.slice(2)}${m}${String(day).padStart(2, "0")}${String(serial).padStart(3, "0")}`;
  return `${y!.slice(0, 2)}${nine}${luhnCheckDigit(nine)}`;
}

/** Display form YYYYMMDD-NNNC. */
export function formatPersonalNumber(value: string): string {
  return `${value.slice(0, 8)}-${value.slice(8)}`;
}
