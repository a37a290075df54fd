import type { Generated } from "kysely";
import type { CreatedAt, Json, JsonArray, Timestamp, UpdatedAt } from "../schema";

// Tables that let several server processes share one database (migration 0700, ADR 0030).

export interface BackgroundRunTable {
  job: string;
  slot: string;
  claimed_by: string;
  claimed_at: UpdatedAt;
  finished_at: Timestamp | null;
}

export interface RateWindowTable {
  key: string;
  window_start: Timestamp;
  hits: number;
}

export interface AttendanceUploadTable {
  id: string;
  tenant_id: string;
  user_id: string;
  name: string;
  /** bigint: the driver gives it as a string. */
  size: string | number;
  file: string;
  saved_at: CreatedAt;
}

export interface AttendanceImportJobTable {
  id: string;
  tenant_id: string;
  started_by: string | null;
  format: "ss12000" | "csv";
  status: "running" | "succeeded" | "failed";
  progress: Json;
  counts: Json | null;
  issues: JsonArray;
  issue_count: Generated<number>;
  /** What the sender should know besides: the encoding a CSV was read in, files left unread. */
  notes: JsonArray | null;
  evaluation: Json | null;
  started_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SharedByServersTables {
  background_run: BackgroundRunTable;
  rate_window: RateWindowTable;
  attendance_upload: AttendanceUploadTable;
  attendance_import_job: AttendanceImportJobTable;
}
