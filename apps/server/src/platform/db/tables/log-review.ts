import type { Json, Timestamp } from "../schema";

// Access-log review (migration 3000, issue #21).

export interface LogReviewSettingsTable {
  tenant_id: string;
  /** The tenant's review rules; null: the defaults in code (log-review-rules.ts). */
  rules: Json | null;
  child_sees_reads_from_age: number;
}

export interface LogReviewMarkTable {
  tenant_id: string;
  seq: number;
  comment: string;
  marked_by: string;
  marked_at: Timestamp;
}

export interface LogReviewTables {
  log_review_settings: LogReviewSettingsTable;
  log_review_mark: LogReviewMarkTable;
}
