// Immutable edits of a list in a form's draft (goals of a plan, steps of a staircase…).

/** The list with the item at index i replaced. */
export const replaceAt = <T>(list: readonly T[], i: number, item: T): T[] =>
  list.map((x, j) => (j === i ? item : x));

/** The list without the item at index i. */
export const removeAt = <T>(list: readonly T[], i: number): T[] => list.filter((_, j) => j !== i);
