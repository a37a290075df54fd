// Green / amber / red against a steering group's target (issue 20). Shares and ratios are better
// when higher, lead times (days) when lower. `amber` is where "near the target" begins; without
// it a figure either meets the target or does not.

export type TargetStatus = "green" | "amber" | "red" | "none";

export interface Target {
  target: number;
  amber: number | null;
}

export function targetStatus(
  kind: "share" | "ratio" | "days",
  value: number | null,
  target: Target | undefined,
): TargetStatus {
  if (!target || value === null) return "none";
  const better = (a: number, b: number) => (kind === "days" ? a <= b : a >= b);
  if (better(value, target.target)) return "green";
  if (target.amber !== null && better(value, target.amber)) return "amber";
  return "red";
}
