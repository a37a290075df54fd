/**
 * The language of the CLI's messages: `--lang sv|en` if given, otherwise the POSIX locale
 * variables in their order of precedence (LC_ALL, LC_MESSAGES, LANG), as other command-line
 * tools do. Swedish for any `sv…` locale, English otherwise. The web follows the user's choice
 * instead; the CLI has no user, only a terminal.
 */
export type CliLocale = "sv" | "en";

export function cliLocale(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): CliLocale {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const given = at < 0 ? undefined : argv[at]!.includes("=") ? argv[at]!.slice(7) : argv[at + 1];
  const locale = given || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^sv\b|^sv[_-]/i.test(locale) ? "sv" : "en";
}

/** The message in the CLI's language. */
export function say(en: string, sv: string, locale: CliLocale = cliLocale()): string {
  return locale === "sv" ? sv : en;
}
