import type { Timestamp } from "../schema";

// Steering targets (migration 20261209_3000, issue 20).

export interface SteeringTargetTable {
  tenant_id: string;
  indicator_id: string;
  /** Null: the whole municipality. */
  area_id: string | null;
  /** numeric: read back as a string by both drivers. */
  target: string | number;
  amber: string | number | null;
  updated_at: Timestamp;
}

export interface SteeringTables {
  steering_target: SteeringTargetTable;
}
