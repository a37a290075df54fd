import type { ColumnType, Generated, Insertable, Selectable } from "kysely";
import type { AttendanceTables } from "./tables/attendance";
import type { InstrumentsTables } from "./tables/instruments";
import type { PlansTables } from "./tables/plans";

// Table types as Kysely sees them. Timestamps come back as Date, dates as "YYYY-MM-DD".
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json = ColumnType<Record<string, unknown>, string | undefined, string>;
export type JsonArray = ColumnType<unknown[], string | undefined, string>;

export interface TenantTable {
  id: Generated<string>;
  slug: string;
  name: string;
  created_at: CreatedAt;
}

export interface OrganisationTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  kind: "municipality" | "region";
  created_at: CreatedAt;
}

export interface AreaTable {
  id: Generated<string>;
  tenant_id: string;
  organisation_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface UnitTable {
  id: Generated<string>;
  tenant_id: string;
  organisation_id: string;
  area_id: string | null;
  name: string;
  kind: string;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  tenant_id: string;
  username: string;
  display_name: string;
  email: string | null;
  kind: "professional" | "guardian" | "child";
  password_hash: string;
  locale: Generated<"sv" | "en">;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  created_at: CreatedAt;
}

export interface MembershipTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  unit_id: string;
  role: string;
  created_at: CreatedAt;
}

export interface UserSessionTable {
  id: string;
  tenant_id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface ChildTable {
  id: Generated<string>;
  tenant_id: string;
  personal_number: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  protected_identity: Generated<boolean>;
  address: string | null;
  postal_code: string | null;
  city: string | null;
  phone: string | null;
  user_id: string | null;
  created_at: CreatedAt;
}

export interface GuardianTable {
  id: Generated<string>;
  tenant_id: string;
  personal_number: string | null;
  given_name: string;
  family_name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  protected_identity: Generated<boolean>;
  user_id: string | null;
  created_at: CreatedAt;
}

export interface ChildGuardianTable {
  tenant_id: string;
  child_id: string;
  guardian_id: string;
}

export interface ChildUnitTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  unit_id: string;
  from_date: string;
  to_date: string | null;
  school_year: number | null;
}

export interface AuditEventTable {
  tenant_id: string;
  seq: number;
  at: Timestamp;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  child_id: string | null;
  reason: string | null;
  details: Json;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  tenant_id: string;
  seq: number;
  hash: string;
}

export interface TenantSettingsTable {
  tenant_id: string;
  deadline_rules: Json;
  uses_hub: Generated<boolean>;
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
  created_at: CreatedAt;
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
}

export interface MeetingInviteeTable {
  meeting_id: string;
  tenant_id: string;
  case_member_id: string;
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
  granted_at: CreatedAt;
  expires_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
}

export interface Database extends AttendanceTables, PlansTables, InstrumentsTables {
  tenant: TenantTable;
  organisation: OrganisationTable;
  area: AreaTable;
  unit: UnitTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  user_session: UserSessionTable;
  child: ChildTable;
  guardian: GuardianTable;
  child_guardian: ChildGuardianTable;
  child_unit: ChildUnitTable;
  audit_event: AuditEventTable;
  audit_head: AuditHeadTable;
  tenant_settings: TenantSettingsTable;
  cases: CasesTable;
  child_professional: ChildProfessionalTable;
  case_involved_unit: CaseInvolvedUnitTable;
  case_member: CaseMemberTable;
  attachment: AttachmentTable;
  consent: ConsentTable;
  consent_unit: ConsentUnitTable;
  network_map_entry: NetworkMapEntryTable;
  meeting: MeetingTable;
  meeting_invitee: MeetingInviteeTable;
  case_event: CaseEventTable;
  emergency_access: EmergencyAccessTable;
}

export type AppUser = Selectable<AppUserTable>;
export type NewChild = Insertable<ChildTable>;
