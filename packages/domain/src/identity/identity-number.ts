import { type ParsedPersonalNumber, parsePersonalNumber } from "./personal-number";
import { stockholmDate } from "../cases/civil-date";

// The forms a person types a personal identity (or coordination) number in:
// ÅÅÅÅMMDDNNNN, ÅÅÅÅMMDD-NNNN, ÅÅMMDDNNNN, ÅÅMMDD-NNNN and ÅÅMMDD+NNNN.
// The 10-digit form leaves out the century. By the Swedish Tax Agency's rule the separator tells
// it: "-" (or none) for someone under 100 years old on the day, "+" from the 100th birthday on.
const TWELVE = /^(\d{8})-?(\d{4})$/;
const TEN = /^(\d{6})([-+]?)(\d{4})$/;

/** The birth year of a 10-digit number: the latest with those two digits not after `today`. */
function birthYear(yymmdd: string, plus: boolean, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  let year = thisYear - ((thisYear - Number(yymmdd.slice(0, 2))) % 100);
  // A coordination number's day is the day of birth + 60.
  const day = Number(yymmdd.slice(4, 6)) % 60 || 60;
  const birthday = `${yymmdd.slice(2, 4)}${String(day).padStart(2, "0")}`;
  if (year === thisYear && birthday > today.slice(5, 7) + today.slice(8, 10)) year -= 100;
  return plus ? year - 100 : year;
}

/**
 * A full personal identity number in any accepted form, canonical as 12 digits, or null when it
 * is not one (wrong length, impossible date, wrong check digit). `today` (YYYY-MM-DD) settles
 * the century of the 10-digit forms.
 */
export function parsePersonalIdentityNumber(
  input: string,
  today: string = stockholmDate(new Date()),
): ParsedPersonalNumber | null {
  const text = input.trim().replace(/\s+/g, "");
  const twelve = TWELVE.exec(text);
  if (twelve) return parsePersonalNumber(`${twelve[1]}${twelve[2]}`);
  const ten = TEN.exec(text);
  if (!ten) return null;
  const year = birthYear(ten[1]!, ten[2] === "+", today);
  if (year < 0) return null;
  return parsePersonalNumber(`${String(year).padStart(4, "0").slice(0, 2)}${ten[1]}${ten[3]}`);
}

/** True when the text is written as a number (digits with at most a separator), not a name. */
export function looksLikeIdentityNumber(input: string): boolean {
  return /^[\d\s+-]+$/.test(input.trim()) && /\d/.test(input);
}
