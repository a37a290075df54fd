export interface Option {
  value: string;
  label: string;
}

/**
 * Select options with each value once. Lists built from people (a case's network, a unit's
 * staff) hold the same person more than once when they have two roles there, e.g. contact person
 * and participant: Mantine's Select then throws "Duplicate options" and a native select repeats
 * the choice. The label is made from every item that shares the value, so nothing is hidden
 * (e.g. both roles). The order is that of each value's first item.
 */
export function optionsOnce<T>(
  items: readonly T[],
  valueOf: (item: T) => string,
  labelOf: (same: T[]) => string,
): Option[] {
  const byValue = new Map<string, T[]>();
  for (const item of items) {
    const value = valueOf(item);
    byValue.set(value, [...(byValue.get(value) ?? []), item]);
  }
  return [...byValue].map(([value, same]) => ({ value, label: labelOf(same) }));
}
