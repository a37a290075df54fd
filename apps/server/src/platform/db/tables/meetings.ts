// Tables of meetings that can change (issue 19.5), as Kysely sees them. Merged into Database.
import type { Generated } from "kysely";
import type { CreatedAt, Timestamp } from "../schema";

/** A guardian or the child invited to a meeting, with their own invitation. */
export interface MeetingFamilyInviteeTable {
  id: Generated<string>;
  tenant_id: string;
  meeting_id: string;
  party_kind: "guardian" | "child";
  guardian_id: string | null;
  attended: Generated<boolean | null>;
}

/** "Mötet är flyttat / inställt" in an invited professional's worklist until seen. */
export interface MeetingNoticeTable {
  id: Generated<string>;
  tenant_id: string;
  meeting_id: string;
  user_id: string;
  kind: "moved" | "cancelled";
  was_starts_at: Timestamp;
  created_at: CreatedAt;
  seen_at: Generated<Date | null>;
}

/** A decision with an owner and a date: the owner's worklist item until marked done. */
export interface MeetingDecisionTaskTable {
  id: Generated<string>;
  tenant_id: string;
  meeting_id: string;
  case_id: string;
  position: number;
  text: string;
  owner_member_id: string;
  owner_user_id: string;
  due_date: string;
  created_at: CreatedAt;
  done_at: Generated<Date | null>;
  done_by: Generated<string | null>;
  done_note: Generated<string | null>;
}

export interface MeetingsTables {
  meeting_family_invitee: MeetingFamilyInviteeTable;
  meeting_notice: MeetingNoticeTable;
  meeting_decision_task: MeetingDecisionTaskTable;
}
