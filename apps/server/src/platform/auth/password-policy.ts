import fs from "node:fs";
import { AppError } from "../http/errors";

// The rules for every password a person sets (ADR 0014): long enough, not a known one. Checked
// wherever a password is set: the CLI, an administrator creating or resetting one, a change.

export const MIN_PASSWORD_LENGTH = 12;

const LIST_FILE = new URL("./common-passwords.txt", import.meta.url);
let list: Set<string> | undefined;
function commonPasswords(): Set<string> {
  list ??= new Set(
    fs
      .readFileSync(LIST_FILE, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#")),
  );
  return list;
}

// "Sommar2026!" is "sommar" with digits and symbols added: as weak as the word.
const core = (p: string) => p.replace(/^[\d\W_]+|[\d\W_]+$/gu, "");

/** Why the password is refused, or null when it is good. */
export function passwordWeakness(password: string, username?: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return "too_short";
  const lower = password.toLowerCase().normalize("NFC");
  const common = commonPasswords();
  if (common.has(lower) || common.has(core(lower))) return "common";
  // One short chunk repeated (aaaaaaaaaaaa, abcabcabcabc, 121212121212).
  if (/^(.{1,4})\1+$/su.test(lower)) return "repeated";
  if (username && lower.includes(username.toLowerCase())) return "username";
  return null;
}

/** Throws a 400 the person can act on unless the password follows the rules. */
export function checkNewPassword(password: string, username?: string): void {
  const weakness = passwordWeakness(password, username);
  if (!weakness) return;
  if (weakness === "too_short") {
    throw new AppError(
      400,
      "weak_password",
      `Lösenordet behöver vara minst ${MIN_PASSWORD_LENGTH} tecken.`,
      `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
      { reason: weakness },
    );
  }
  throw new AppError(
    400,
    "weak_password",
    "Lösenordet är för lätt att gissa (vanligt, upprepat eller likt användarnamnet). Välj ett annat, till exempel några ord i följd.",
    "The password is too easy to guess (common, repeated or like the username). Choose another, for example a few words in a row.",
    { reason: weakness },
  );
}
