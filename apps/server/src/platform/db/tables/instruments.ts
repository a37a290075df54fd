// Tables of the instruments and outcomes features, as Kysely sees them. Merged into Database in
// ../schema.ts. Migration: 20261125_0300_instruments.sql.
import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, Json, Timestamp, UpdatedAt } from "../schema";

export type InstrumentKind = "sdq" | "ors" | "srs";
export type InstrumentVersion = "2-4" | "4-17" | "11-17" | "ORS" | "CORS" | "SRS" | "CSRS";
export type Informant = "parent" | "teacher" | "self";
export type RespondentKind = "professional" | "guardian" | "child";
export type Occasion = "baseline" | "periodic" | "closure" | "meeting" | "extra";
export type RequestStatus = "sent" | "submitted" | "cancelled";

/** A civil date column: written and read as "YYYY-MM-DD". */
type CivilDateColumn = ColumnType<string, string, string>;

export interface InstrumentRequestTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  child_id: string;
  instrument: InstrumentKind;
  version: InstrumentVersion;
  informant: Informant;
  respondent_kind: RespondentKind;
  respondent_user_id: string | null;
  respondent_guardian_id: string | null;
  occasion: Occasion;
  meeting_id: string | null;
  due_date: CivilDateColumn;
  status: Generated<RequestStatus>;
  requested_by: string;
  requested_at: CreatedAt;
  cancelled_at: Timestamp | null;
}

export interface InstrumentResponseTable {
  id: Generated<string>;
  tenant_id: string;
  request_id: string;
  answers: Json;
  scores: Json;
  submitted_by: string;
  submitted_at: CreatedAt;
}

export interface InstrumentWordingTable {
  tenant_id: string;
  instrument: InstrumentKind;
  language: "sv" | "en";
  forms: Json;
  source: Generated<string>;
  loaded_by: string;
  loaded_at: UpdatedAt;
}

export interface InstrumentSettingsTable {
  tenant_id: string;
  schedule: Json;
  thresholds: Json;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface SchoolGradeTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  term: string;
  school_year: number;
  subject: string;
  grade: string;
  recorded_by: string;
  recorded_at: UpdatedAt;
}

export interface Year3ResultTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  term: string;
  area: "reading" | "writing" | "mathematics";
  result: "met" | "not_met" | "absent";
  recorded_by: string;
  recorded_at: UpdatedAt;
}

export interface InstrumentsTables {
  instrument_request: InstrumentRequestTable;
  instrument_response: InstrumentResponseTable;
  instrument_wording: InstrumentWordingTable;
  instrument_settings: InstrumentSettingsTable;
  school_grade: SchoolGradeTable;
  year3_result: Year3ResultTable;
}
