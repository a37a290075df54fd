/**
 * Shared vocabulary for reliable change: a difference between two measurements large enough
 * that it is unlikely to be measurement noise.
 */
export type ReliableChange = "improved" | "deteriorated" | "no_reliable_change";

/**
 * Classifies a change given the threshold and which direction is better. A change equal to
 * the threshold counts as reliable (the published criteria are "at least" N points).
 * Callers pass whole numbers (SDQ points, ORS tenths) so the comparison is exact.
 */
export function classifyChange(
  before: number,
  after: number,
  threshold: number,
  higherIsBetter: boolean,
): ReliableChange {
  const gain = higherIsBetter ? after - before : before - after;
  if (gain >= threshold) return "improved";
  if (-gain >= threshold) return "deteriorated";
  return "no_reliable_change";
}
