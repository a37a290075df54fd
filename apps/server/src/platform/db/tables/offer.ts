import type { Generated } from "kysely";
import type { CreatedAt, JsonArray, Timestamp, UpdatedAt } from "../schema";

// The joint offer and its leisure activities (migrations 20261209_4000 and 20261210_7000, issue #22).

export type OfferKind = "individual" | "group" | "universal";
export type ConsentMethod = "written" | "oral" | "digital";
/** Why a suggestion was declined (migration 20261210_7000). */
export type OfferDeclineReason = "family_declined" | "not_suitable" | "other_activity" | "other";

export interface OfferNeedTagTable {
  tenant_id: string;
  code: string;
  label_sv: string;
  label_en: string;
  position: Generated<number>;
}

export interface OfferEntryTable {
  id: Generated<string>;
  tenant_id: string;
  unit_id: string;
  name: string;
  description: Generated<string>;
  kind: OfferKind;
  leisure: Generated<boolean>;
  age_from: number | null;
  age_to: number | null;
  needs: JsonArray;
  area_id: string | null;
  how_to_get: Generated<string>;
  contact: Generated<string>;
  active: Generated<boolean>;
  updated_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OfferParticipantTable {
  id: Generated<string>;
  tenant_id: string;
  entry_id: string;
  child_id: string;
  consent_given_by: string;
  consent_method: ConsentMethod;
  consent_on: string;
  enrolled_by: string | null;
  enrolled_at: CreatedAt;
  ended_on: string | null;
  ended_by: string | null;
}

export interface OfferSessionTable {
  id: Generated<string>;
  tenant_id: string;
  entry_id: string;
  held_on: string;
  starts_at: string;
  ends_at: string;
  place: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface OfferAttendanceTable {
  session_id: string;
  participant_id: string;
  tenant_id: string;
  child_id: string;
  present: boolean;
  recorded_by: string | null;
  recorded_at: UpdatedAt;
}

export interface OfferSuggestionTable {
  id: Generated<string>;
  tenant_id: string;
  entry_id: string;
  child_id: string;
  note: Generated<string>;
  suggested_by: string | null;
  suggested_at: CreatedAt;
  handled_at: Timestamp | null;
  handled_by: string | null;
  outcome: "enrolled" | "declined" | null;
  decline_reason: OfferDeclineReason | null;
  decline_note: Generated<string>;
}

export interface OfferTables {
  offer_need_tag: OfferNeedTagTable;
  offer_entry: OfferEntryTable;
  offer_participant: OfferParticipantTable;
  offer_session: OfferSessionTable;
  offer_attendance: OfferAttendanceTable;
  offer_suggestion: OfferSuggestionTable;
}
