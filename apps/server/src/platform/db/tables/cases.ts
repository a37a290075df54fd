// Tables of the collaboration case process, as Kysely sees them. Merged into Database.
import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, Json, JsonArray, Timestamp, UpdatedAt } from "../schema";

/** A timestamp column that may be left out on insert. */
type OptionalTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;

export interface TenantSettingsTable {
  tenant_id: string;
  deadline_rules: Json;
  uses_hub: Generated<boolean>;
  /** Roles that may use emergency access; null: the defaults (emergency-rules.ts). */
  emergency_roles: Json | null;
  emergency_hours: number | null;
  /** The SMTP server (migration 7000); no host: e-mails go to a folder (features/notifications). */
  smtp_host: string | null;
  smtp_port: number | null;
  smtp_security: "tls" | "starttls" | "none" | null;
  smtp_user: string | null;
  smtp_password: string | null;
  mail_from: string | null;
  /** Sign-in (migration 20261209_1000): staff passwords, children's e-ID age, whom to contact. */
  staff_password_sign_in: Generated<boolean>;
  child_sign_in_from_age: number | null;
  sign_in_contact: string | null;
}

export interface CasesTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  raised_by_user_id: string;
  raised_by_unit_id: string;
  raised_by_role: string;
  requested_at: Timestamp;
  concern: string;
  tried_so_far: Generated<string>;
  acute: Generated<boolean>;
  stage: string;
  closed_at: Timestamp | null;
  last_decision: string | null;
  state: Json;
  version: Generated<number>;
  updated_at: UpdatedAt;
  created_at: CreatedAt;
}

export interface ChildProfessionalTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  user_id: string;
  relation: "mentor" | "social_secretary";
}

export interface CaseInvolvedUnitTable {
  tenant_id: string;
  case_id: string;
  unit_id: string;
}

export interface CaseMemberTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  role: string;
  user_id: string | null;
  unit_id: string | null;
  person_name: string | null;
  relation: string | null;
  email: string | null;
  appointed_by: string | null;
  joined_at: CreatedAt;
  left_at: Timestamp | null;
  /** The member whose role this one took over (a replaced coordinator or contact person). */
  replaces_member_id: string | null;
  /** When the person first opened the case after a takeover (until then: a worklist task). */
  opened_at: Timestamp | null;
}

export interface AttachmentTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string | null;
  child_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  data: Uint8Array;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface ConsentTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  case_id: string | null;
  purpose: string;
  given_by: Json;
  valid_from: Timestamp;
  valid_until: Timestamp | null;
  withdrawn_at: Timestamp | null;
  withdrawn_reason: string | null;
  document_id: string | null;
  recorded_by: string | null;
  method: "written" | "oral" | "digital" | null;
  meeting: string | null;
  created_at: CreatedAt;
}

export interface ConsentRulesTable {
  tenant_id: string;
  child_alone_from_age: Generated<number>;
  all_guardians_required: Generated<boolean>;
}

/** Consent asked of the family in the family view (ADR 0020). */
export interface ConsentRequestTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  case_id: string;
  purpose: string;
  valid_until: string | null;
  asked_by: string;
  asked_at: CreatedAt;
  status: Generated<"open" | "given" | "refused">;
  decided_at: Timestamp | null;
  consent_id: string | null;
}

/** "Vi vill ha stöd": who in the family raised the case and how they want to be contacted. */
export interface FamilyRequestTable {
  case_id: string;
  tenant_id: string;
  child_id: string;
  guardian_id: string;
  contact_way: "phone" | "email";
  contact: string;
  contact_time: string | null;
  created_at: CreatedAt;
}

export interface ConsentRequestUnitTable {
  tenant_id: string;
  request_id: string;
  unit_id: string;
}

export interface ConsentRequestAnswerTable {
  id: Generated<string>;
  tenant_id: string;
  request_id: string;
  /** Null: the child's own answer. */
  guardian_id: string | null;
  answer: "given" | "refused";
  answered_by: string;
  answered_at: CreatedAt;
}

export interface ConsentUnitTable {
  tenant_id: string;
  consent_id: string;
  unit_id: string;
}

export interface NetworkMapEntryTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  network: "private" | "professional";
  sector: string;
  name: string;
  relation: Generated<string>;
  closeness: number;
  unit_id: string | null;
  created_at: CreatedAt;
}

export interface MeetingTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  kind: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string | null;
  video_link: string | null;
  agenda: JsonArray;
  status: Generated<"planned" | "held" | "cancelled">;
  minutes: string | null;
  decisions: JsonArray;
  child_voice: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  /** The invitation's iTIP SEQUENCE, raised on every change an invitee must see. */
  sequence: Generated<number>;
  cancel_reason: Generated<string | null>;
  cancelled_at: OptionalTimestamp;
  cancelled_by: Generated<string | null>;
  moved_at: OptionalTimestamp;
}

export interface MeetingInviteeTable {
  meeting_id: string;
  tenant_id: string;
  case_member_id: string;
  /** Null until the meeting is recorded as held. */
  attended: Generated<boolean | null>;
}

export interface CaseEventTable {
  id: Generated<number>;
  tenant_id: string;
  case_id: string;
  version: number;
  at: CreatedAt;
  actor_user_id: string | null;
  kind: string;
  summary: string;
  data: Json;
}

export interface EmergencyAccessTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  user_id: string;
  reason: string;
  reason_category: Generated<string>;
  granted_at: CreatedAt;
  expires_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
}

export interface MeetingMinutesCorrectionTable {
  id: Generated<string>;
  tenant_id: string;
  meeting_id: string;
  minutes: string | null;
  decisions: JsonArray;
  child_voice: string | null;
  reason: string;
  corrected_by: string;
  corrected_at: CreatedAt;
}

export interface CasesTables {
  tenant_settings: TenantSettingsTable;
  cases: CasesTable;
  child_professional: ChildProfessionalTable;
  case_involved_unit: CaseInvolvedUnitTable;
  case_member: CaseMemberTable;
  attachment: AttachmentTable;
  consent: ConsentTable;
  consent_rules: ConsentRulesTable;
  consent_unit: ConsentUnitTable;
  consent_request: ConsentRequestTable;
  family_request: FamilyRequestTable;
  consent_request_unit: ConsentRequestUnitTable;
  consent_request_answer: ConsentRequestAnswerTable;
  network_map_entry: NetworkMapEntryTable;
  meeting: MeetingTable;
  meeting_invitee: MeetingInviteeTable;
  meeting_minutes_correction: MeetingMinutesCorrectionTable;
  case_event: CaseEventTable;
  emergency_access: EmergencyAccessTable;
}
