type Hints = { [key: string]: string | Hints };

/**
 * Field hints keyed the way field errors name fields ("consent.purpose"): i18next keeps texts
 * nested, and a dot inside a key would be read as nesting.
 */
export function flatHints(hints: Hints, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(hints).flatMap(([key, value]) =>
      typeof value === "string"
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatHints(value, `${prefix}${key}.`)),
    ),
  );
}
