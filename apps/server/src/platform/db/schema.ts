import type { ColumnType, Generated, Insertable, Selectable } from "kysely";
import type { AttendanceTables } from "./tables/attendance";
import type { CasesTables } from "./tables/cases";
import type { InstrumentsTables } from "./tables/instruments";
import type { MeetingsTables } from "./tables/meetings";
import type { PlansTables } from "./tables/plans";
import type { NotificationsTables } from "./tables/notifications";
import type { RetentionTables } from "./tables/retention";
import type { SharedByServersTables } from "./tables/shared-by-servers";
import type { LogReviewTables } from "./tables/log-review";
import type { OfferTables } from "./tables/offer";
import type { SignInTables } from "./tables/sign-in";
import type { EarlySupportTables } from "./tables/early-support";
import type { ExperienceLogTables } from "./tables/experience-log";
import type { SteeringTables } from "./tables/steering";

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
  require_admin_mfa: Generated<boolean>;
  created_at: CreatedAt;
}

export interface OrganisationTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  kind: "municipality" | "region" | "state_agency" | "voluntary";
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
  must_change_password: Generated<boolean>;
  /** An administrator removed the second factor: a new one is enrolled at the next sign-in. */
  must_enrol_second_factor: Generated<boolean>;
  totp_secret: string | null;
  totp_confirmed_at: Timestamp | null;
  /** Keys an identity provider may match a staff member by (features/sign-in). */
  hsa_id: string | null;
  eppn: string | null;
  totp_last_step: ColumnType<string | null, string | number | null, string | number | null>;
  created_at: CreatedAt;
}

export interface LoginThrottleTable {
  user_key: string;
  address_key: string;
  failures: number;
  not_before: Timestamp;
  updated_at: Timestamp;
}

export interface RecoveryCodeTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface MembershipTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  unit_id: string;
  role: string;
  /** Given by this provider's group mapping at sign-in (taken back when no group gives it). */
  granted_by_provider_id: string | null;
  created_at: CreatedAt;
}

export interface UserSessionTable {
  id: string;
  tenant_id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  second_factor_passed: Generated<boolean>;
  /** The identity provider the session came from; null: a password. */
  provider_id: string | null;
  /** What the provider's single logout needs (protocol's own shape). */
  provider_logout: Json | null;
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
  /** Set when registered by hand in Kring (not from a register or an import). */
  registered_by_user_id: string | null;
  no_unit_reason: string | null;
  /** Off the attendance staircase from this date (SS 12000 personStatus Avliden/Utvandrad). */
  attendance_gone_on: ColumnType<string | null, string | null | undefined, string | null>;
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

/** The folded parts of a child's name, kept by a trigger, for search (ADR 0016). */
export interface ChildNamePartTable {
  tenant_id: string;
  child_id: string;
  part: string;
}

export interface ChildGuardianTable {
  tenant_id: string;
  child_id: string;
  guardian_id: string;
  /** Vårdnadshavare (true), or a parent without custody or another responsible adult (ADR 0044). */
  custody: Generated<boolean>;
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
  /** Identity and the chainer's order; an entry has it before it has a place in the chain. */
  entry_id: Generated<number>;
  tenant_id: string;
  /** Place in the tenant's chain; null until the chainer gives it one (ADR 0043). */
  seq: number | null;
  at: Timestamp;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  child_id: string | null;
  reason: string | null;
  details: Json;
  prev_hash: string | null;
  hash: string | null;
}

export interface AuditHeadTable {
  tenant_id: string;
  seq: number;
  hash: string;
}

export interface Database
  extends
    CasesTables,
    MeetingsTables,
    AttendanceTables,
    PlansTables,
    InstrumentsTables,
    SharedByServersTables,
    NotificationsTables,
    RetentionTables,
    LogReviewTables,
    OfferTables,
    SignInTables,
    EarlySupportTables,
    ExperienceLogTables,
    SteeringTables {
  tenant: TenantTable;
  organisation: OrganisationTable;
  area: AreaTable;
  unit: UnitTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  user_session: UserSessionTable;
  login_throttle: LoginThrottleTable;
  recovery_code: RecoveryCodeTable;
  child: ChildTable;
  guardian: GuardianTable;
  child_guardian: ChildGuardianTable;
  child_name_part: ChildNamePartTable;
  child_unit: ChildUnitTable;
  audit_event: AuditEventTable;
  audit_head: AuditHeadTable;
}

export type AppUser = Selectable<AppUserTable>;
export type NewChild = Insertable<ChildTable>;
