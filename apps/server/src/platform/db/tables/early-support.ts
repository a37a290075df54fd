// Early support before a case, the Barnets bästa lead's asks and the oro guide (migration 5000).
import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, Json, JsonArray, Timestamp, UpdatedAt } from "../schema";

type OptionalTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;

export interface EarlySupportContactTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  unit_id: string;
  recorded_by: string;
  recorded_role: string;
  consent_given_by: string;
  consent_method: "oral" | "written" | "digital";
  consent_on: string;
  about: string;
  protective_factors: JsonArray;
  risk_factors: JsonArray;
  agreed: Generated<string>;
  follow_up_on: string | null;
  status: Generated<"open" | "closed" | "request_raised">;
  closed_reason: string | null;
  closed_by: string | null;
  closed_at: OptionalTimestamp;
  case_id: string | null;
  shared_with_network: Generated<boolean>;
  sharing_agreed_by: string | null;
  sharing_recorded_by: string | null;
  sharing_recorded_at: OptionalTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EarlySupportNoteTable {
  id: Generated<string>;
  tenant_id: string;
  contact_id: string;
  child_id: string;
  noted_on: string;
  body: string;
  recorded_by: string;
  created_at: CreatedAt;
}

export interface PlanStartAskTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  unit_id: string;
  asked_by: string;
  note: Generated<string>;
  asked_at: CreatedAt;
  done_at: OptionalTimestamp;
  done_by: string | null;
}

export interface ConcernGuideTable {
  tenant_id: string;
  texts: Json;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface EarlySupportTables {
  early_support_contact: EarlySupportContactTable;
  early_support_note: EarlySupportNoteTable;
  plan_start_ask: PlanStartAskTable;
  concern_guide: ConcernGuideTable;
}
