import type { Unit } from "@kring/contracts";

/** A unit with its names resolved for display and filtering. */
export interface UnitRow {
  unit: Unit;
  kind: string;
  organisation: string;
  area: string;
}

export interface UnitRowsProps {
  rows: UnitRow[];
  onEdit: (unit: Unit) => void;
}
