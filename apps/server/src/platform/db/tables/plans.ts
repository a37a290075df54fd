// Tables of the plans feature, as Kysely sees them. Merged into Database in ../schema.ts.
import type { Generated } from "kysely";
import type { CreatedAt, Json, Timestamp } from "../schema";

type ActionStatus = "planned" | "in_progress" | "done" | "paused" | "cancelled";

export interface PlanTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  child_id: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PlanDraftRevisionTable {
  tenant_id: string;
  plan_id: string;
  revision: number;
  content: Json;
  saved_by: string | null;
  saved_at: CreatedAt;
}

export interface PlanDraftTable {
  plan_id: string;
  tenant_id: string;
  revision: number;
  status: Generated<"editing" | "proposed">;
  based_on_version: Generated<number>;
}

export interface PlanVersionTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  number: number;
  content: Json;
  from_revision: number;
  agreed_on: string;
  agreed_at: CreatedAt;
  agreement: Json;
}

export interface PlanAgreementTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  revision: number;
  party_kind: "guardian" | "child";
  guardian_id: string | null;
  via: "professional" | "family";
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface PlanActionTable {
  plan_id: string;
  action_id: string;
  tenant_id: string;
  in_current_version: Generated<boolean>;
  description: string;
  responsible_user_id: string | null;
  end_date: string | null;
  follow_up_date: string | null;
  status: Generated<ActionStatus>;
  last_note_on: string | null;
  /** Chosen from the joint offer (issue #22); null for an action typed freely. */
  offer_entry_id: Generated<string | null>;
}

export interface PlanFollowUpTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  version_number: number;
  held_on: string;
  meeting_id: string | null;
  summary: Generated<string>;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface PlanGoalAssessmentTable {
  follow_up_id: string;
  goal_id: string;
  tenant_id: string;
  level: "not_started" | "some_progress" | "good_progress" | "achieved";
  comment: Generated<string>;
}

export interface PlanActionNoteTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  action_id: string;
  follow_up_id: string | null;
  noted_on: string;
  status: ActionStatus;
  note: Generated<string>;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface PlanFamilyCommentTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  meeting_id: string | null;
  author_user_id: string;
  author_kind: "guardian" | "child";
  body: string;
  created_at: CreatedAt;
}

export interface PlanHandoverTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  kind: "unit_change" | "preschool_to_school" | "school_to_upper_secondary" | "move";
  from_unit_id: string;
  to_unit_id: string;
  note: Generated<string>;
  version_number: number;
  status: Generated<"proposed" | "accepted" | "declined" | "withdrawn">;
  proposed_by: string | null;
  proposed_at: CreatedAt;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: Generated<string>;
}

export interface PlansTables {
  plan: PlanTable;
  plan_draft_revision: PlanDraftRevisionTable;
  plan_draft: PlanDraftTable;
  plan_version: PlanVersionTable;
  plan_agreement: PlanAgreementTable;
  plan_action: PlanActionTable;
  plan_follow_up: PlanFollowUpTable;
  plan_goal_assessment: PlanGoalAssessmentTable;
  plan_action_note: PlanActionNoteTable;
  plan_family_comment: PlanFamilyCommentTable;
  plan_handover: PlanHandoverTable;
}
