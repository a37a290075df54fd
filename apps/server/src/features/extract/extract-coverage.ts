// Every column through which Kring holds data about a child, a guardian or a user, and how the
// register extract (registerutdrag, GDPR art. 15) shows it. extract-coverage.test.ts reads the
// database's own catalogue and fails when a column that names a child, guardian or user (by name
// or by foreign key) is neither here nor in NOT_PERSONAL, so a new table cannot slip past.

export type Ref = "child" | "guardian" | "user";
/** Where the data came from, as the extract tells the person. */
export type Source = "typed" | "imported" | "computed" | "logged";
export type Section =
  | "identity"
  | "cases"
  | "plans"
  | "instruments"
  | "attendance"
  | "early_support"
  | "school_results"
  | "offer"
  | "sign_in"
  | "notifications"
  | "steering"
  | "audit";

export interface Covered {
  table: string;
  column: string;
  ref: Ref;
  section: Section;
  source: Source;
  /**
   * "about": the row is about the person and is shown whole. "acted": the person did something
   * to someone else's data (wrote a note, closed a task): only what, when and their part is shown,
   * never the other child's data.
   */
  mode: "about" | "acted";
}

const c = (
  table: string,
  column: string,
  ref: Ref,
  section: Section,
  source: Source,
  mode: "about" | "acted" = ref === "user" ? "acted" : "about",
): Covered => ({ table, column, ref, section, source, mode });

export const COVERED: Covered[] = [
  // Who they are: from the population register via the school system, or typed at registration.
  c("child", "id", "child", "identity", "imported"),
  c("guardian", "id", "guardian", "identity", "imported"),
  c("app_user", "id", "user", "identity", "typed", "about"),
  c("child_guardian", "child_id", "child", "identity", "imported"),
  c("child_guardian", "guardian_id", "guardian", "identity", "imported"),
  c("child_name_part", "child_id", "child", "identity", "computed"),
  c("child_unit", "child_id", "child", "identity", "imported"),
  c("child_professional", "child_id", "child", "identity", "typed"),
  c("child_professional", "user_id", "user", "identity", "typed"),
  c("child", "user_id", "user", "identity", "typed"),
  c("child", "registered_by_user_id", "user", "identity", "typed"),
  c("guardian", "user_id", "user", "identity", "typed"),
  c("membership", "user_id", "user", "identity", "typed", "about"),
  // Collaboration cases.
  c("cases", "child_id", "child", "cases", "typed"),
  c("cases", "raised_by_user_id", "user", "cases", "typed"),
  c("case_member", "user_id", "user", "cases", "typed"),
  c("case_member", "appointed_by", "user", "cases", "typed"),
  c("case_event", "actor_user_id", "user", "cases", "typed"),
  c("consent", "child_id", "child", "cases", "typed"),
  c("consent", "recorded_by", "user", "cases", "typed"),
  c("consent_request", "child_id", "child", "cases", "typed"),
  c("consent_request", "asked_by", "user", "cases", "typed"),
  c("family_request", "child_id", "child", "cases", "typed"),
  c("family_request", "guardian_id", "guardian", "cases", "typed"),
  c("consent_request_answer", "guardian_id", "guardian", "cases", "typed"),
  c("consent_request_answer", "answered_by", "user", "cases", "typed", "about"),
  c("attachment", "child_id", "child", "cases", "typed"),
  c("attachment", "uploaded_by", "user", "cases", "typed"),
  c("emergency_access", "user_id", "user", "cases", "logged"),
  c("emergency_access", "reviewed_by", "user", "cases", "typed"),
  c("meeting", "created_by", "user", "cases", "typed"),
  c("meeting_minutes_correction", "corrected_by", "user", "cases", "typed"),
  c("meeting", "cancelled_by", "user", "cases", "typed"),
  c("meeting_family_invitee", "guardian_id", "guardian", "cases", "typed"),
  c("meeting_notice", "user_id", "user", "notifications", "computed", "about"),
  c("meeting_decision_task", "owner_user_id", "user", "cases", "typed", "about"),
  c("meeting_decision_task", "done_by", "user", "cases", "typed"),
  c("legal_hold", "placed_by", "user", "cases", "typed"),
  // The coordinated plan.
  c("plan", "child_id", "child", "plans", "typed"),
  c("plan", "created_by", "user", "plans", "typed"),
  c("plan_action", "responsible_user_id", "user", "plans", "typed"),
  c("plan_action_note", "recorded_by", "user", "plans", "typed"),
  c("plan_agreement", "guardian_id", "guardian", "plans", "typed"),
  c("plan_agreement", "recorded_by", "user", "plans", "typed"),
  c("plan_draft_revision", "saved_by", "user", "plans", "typed"),
  c("plan_family_comment", "author_user_id", "user", "plans", "typed", "about"),
  c("plan_follow_up", "recorded_by", "user", "plans", "typed"),
  c("plan_handover", "decided_by", "user", "plans", "typed"),
  c("plan_handover", "proposed_by", "user", "plans", "typed"),
  // Forms (SDQ and others): answers typed, scores computed.
  c("instrument_request", "child_id", "child", "instruments", "typed"),
  c("instrument_request", "requested_by", "user", "instruments", "typed"),
  c("instrument_request", "respondent_guardian_id", "guardian", "instruments", "typed"),
  c("instrument_request", "respondent_user_id", "user", "instruments", "typed"),
  c("instrument_response", "submitted_by", "user", "instruments", "typed", "about"),
  c("instrument_settings", "updated_by", "user", "instruments", "typed"),
  c("instrument_wording", "loaded_by", "user", "instruments", "typed"),
  // Attendance: lessons imported from the school system (SS 12000), the staircase computed.
  c("attendance_lesson", "child_id", "child", "attendance", "imported"),
  c("attendance_day", "child_id", "child", "attendance", "computed"),
  c("attendance_group_member", "child_id", "child", "attendance", "imported"),
  c("attendance_group_mentor", "user_id", "user", "attendance", "imported"),
  c("attendance_reported_absence", "child_id", "child", "attendance", "imported"),
  c("attendance_pupil_state", "child_id", "child", "attendance", "computed"),
  c("attendance_progress", "child_id", "child", "attendance", "computed"),
  c("attendance_task", "child_id", "child", "attendance", "computed"),
  c("attendance_task", "done_by", "user", "attendance", "typed"),
  c("attendance_notice", "child_id", "child", "attendance", "computed"),
  c("attendance_notice", "notified_by", "user", "attendance", "typed"),
  c("attendance_escalation", "child_id", "child", "attendance", "typed"),
  c("attendance_escalation", "recorded_by", "user", "attendance", "typed"),
  c("attendance_staircase", "updated_by", "user", "attendance", "typed"),
  c("attendance_import", "started_by", "user", "attendance", "logged"),
  c("attendance_import_job", "started_by", "user", "attendance", "logged"),
  c("attendance_upload", "user_id", "user", "attendance", "logged"),
  // Early support before a case and the Barnets bästa lead's asks (issue 22).
  c("early_support_contact", "child_id", "child", "early_support", "typed"),
  c("early_support_contact", "recorded_by", "user", "early_support", "typed"),
  c("early_support_contact", "closed_by", "user", "early_support", "typed"),
  c("early_support_contact", "sharing_recorded_by", "user", "early_support", "typed"),
  c("early_support_note", "child_id", "child", "early_support", "typed"),
  c("early_support_note", "recorded_by", "user", "early_support", "typed"),
  c("plan_start_ask", "child_id", "child", "early_support", "typed"),
  c("plan_start_ask", "asked_by", "user", "early_support", "typed"),
  c("plan_start_ask", "done_by", "user", "early_support", "typed"),
  c("concern_guide", "updated_by", "user", "early_support", "typed"),
  // School results.
  c("school_grade", "child_id", "child", "school_results", "imported"),
  c("school_grade", "recorded_by", "user", "school_results", "typed"),
  c("year3_result", "child_id", "child", "school_results", "imported"),
  c("year3_result", "recorded_by", "user", "school_results", "typed"),
  // The joint offer: activities a child takes part in, with consent and attendance (issue #22).
  c("offer_entry", "updated_by", "user", "offer", "typed"),
  c("offer_participant", "child_id", "child", "offer", "typed"),
  c("offer_participant", "enrolled_by", "user", "offer", "typed"),
  c("offer_participant", "ended_by", "user", "offer", "typed"),
  c("offer_session", "created_by", "user", "offer", "typed"),
  c("offer_attendance", "child_id", "child", "offer", "typed"),
  c("offer_attendance", "recorded_by", "user", "offer", "typed"),
  c("offer_suggestion", "child_id", "child", "offer", "typed"),
  c("offer_suggestion", "suggested_by", "user", "offer", "typed"),
  c("offer_suggestion", "handled_by", "user", "offer", "typed"),
  // Signing in.
  c("user_session", "user_id", "user", "sign_in", "logged", "about"),
  c("recovery_code", "user_id", "user", "sign_in", "typed", "about"),
  c("retention_rule", "updated_by", "user", "sign_in", "typed"),
  // Notices and e-mail sent to the user.
  c("notification", "user_id", "user", "notifications", "computed", "about"),
  c("notification_preference", "user_id", "user", "notifications", "typed", "about"),
  c("mail_outbox", "user_id", "user", "notifications", "computed", "about"),
  // The audit log: who did what with the child's data, and what the user did.
  c("audit_event", "child_id", "child", "audit", "logged"),
  c("audit_event", "actor_user_id", "user", "audit", "logged"),
  // The access-log review's marks: the reviewer's comment on an entry (ADR 0034).
  c("log_review_mark", "marked_by", "user", "audit", "typed"),
  // The steering group's conclusions (experience log, ADR 0042): whom a decision is on, who
  // recorded it and who marked it followed up. They name no child.
  c("steering_conclusion", "owner_user_id", "user", "steering", "typed", "about"),
  c("steering_conclusion", "created_by_user_id", "user", "steering", "typed"),
  c("steering_conclusion", "followed_up_by_user_id", "user", "steering", "typed"),
];

/** Columns that look like a person reference but hold none (with why). */
export const NOT_PERSONAL: Record<string, string> = {};

/** Never shown, not even to the person: secrets that would let someone sign in as them. */
export const SECRET_COLUMNS = new Set([
  "password_hash",
  "csrf_token",
  "code_hash",
  "totp_secret",
  "totp_last_step",
  "user_session.id",
  "prev_hash",
  "hash",
]);

export const SECTION_TITLES: Record<Section, { sv: string; en: string }> = {
  identity: { sv: "Person- och kontaktuppgifter", en: "Identity and contact details" },
  cases: { sv: "Samverkansärenden", en: "Collaboration cases" },
  plans: { sv: "Samordnade planer (SIP)", en: "Coordinated plans" },
  instruments: { sv: "Formulär och skattningar", en: "Forms and ratings" },
  attendance: { sv: "Närvaro", en: "Attendance" },
  early_support: { sv: "Tidigt stöd", en: "Early support" },
  school_results: { sv: "Skolresultat", en: "School results" },
  offer: { sv: "Insatser och fritidsaktiviteter", en: "Interventions and leisure activities" },
  sign_in: { sv: "Inloggning och konto", en: "Sign-in and account" },
  notifications: { sv: "Aviseringar och e-post", en: "Notifications and e-mail" },
  steering: { sv: "Styrgruppens beslut", en: "The steering group's decisions" },
  audit: { sv: "Logg över åtkomst och ändringar", en: "Log of access and changes" },
};

export const SOURCE_TITLES: Record<Source, { sv: string; en: string }> = {
  typed: { sv: "inskrivet i Kring", en: "typed in Kring" },
  imported: { sv: "hämtat från skolans system (SS 12000)", en: "imported from SS 12000" },
  computed: { sv: "beräknat av Kring", en: "computed by Kring" },
  logged: { sv: "loggat av Kring", en: "logged by Kring" },
};

/** What each table holds, in plain Swedish for the person reading the PDF. */
export const TABLE_TITLES: Record<string, string> = {
  child: "Barnets uppgifter",
  guardian: "Vårdnadshavarens uppgifter",
  app_user: "Användarkonto",
  child_guardian: "Barn och vårdnadshavare",
  child_name_part: "Namndelar för sökning",
  child_unit: "Skola, förskola och andra enheter",
  child_professional: "Mentor eller handläggare för barnet",
  membership: "Roller och enheter",
  cases: "Ärenden",
  case_member: "Personer i ärendets nätverk",
  case_event: "Händelser i ärenden",
  consent: "Samtycken",
  consent_request: "Frågor om samtycke till familjen",
  family_request: "Förfrågningar från familjen (Vi vill ha stöd)",
  consent_request_answer: "Svar på frågor om samtycke",
  attachment: "Bifogade dokument",
  emergency_access: "Nödåtkomst",
  meeting: "Möten",
  meeting_minutes_correction: "Rättelser av minnesanteckningar",
  meeting_family_invitee: "Familjens inbjudningar till möten",
  log_review_mark: "Granskade poster i loggen",
  meeting_notice: "Besked om flyttade och inställda möten",
  meeting_decision_task: "Beslut från möten med ansvarig och datum",
  steering_conclusion: "Styrgruppens slutsatser och beslut med ansvarig och datum",
  legal_hold: "Spärrar mot gallring",
  plan: "Planer",
  plan_action: "Insatser i planen",
  plan_action_note: "Anteckningar om insatser",
  plan_agreement: "Godkännanden av planen",
  plan_draft_revision: "Utkast till planen",
  plan_family_comment: "Familjens kommentarer till planen",
  plan_follow_up: "Uppföljningar av planen",
  plan_handover: "Överlämningar av planen",
  instrument_request: "Formulär som skickats",
  instrument_response: "Svar på formulär",
  attendance_lesson: "Närvaro per lektion",
  attendance_day: "Närvaro per dag",
  attendance_group_member: "Klasser och grupper",
  attendance_group_mentor: "Mentor för grupper",
  attendance_reported_absence: "Anmäld frånvaro",
  attendance_pupil_state: "Läge i närvarotrappan",
  attendance_progress: "Närvarons utveckling",
  attendance_task: "Uppgifter om närvaro",
  attendance_notice: "Meddelanden om frånvaro",
  attendance_escalation: "Närvaroärenden som lämnats vidare",
  attendance_staircase: "Ändringar av närvarotrappan",
  attendance_import: "Närvaroimporter",
  attendance_import_job: "Pågående och gjorda närvaroimporter",
  attendance_upload: "Uppladdade närvarofiler",
  instrument_settings: "Ändringar av skattningsschemat",
  instrument_wording: "Inlästa formulärtexter",
  retention_rule: "Ändringar av gallringsregler",
  early_support_contact: "Tidigt stöd utan ärende",
  early_support_note: "Anteckningar om tidigt stöd",
  plan_start_ask: "Frågor om att starta en barnets plan",
  concern_guide: "Ändringar av texterna i När du känner oro",
  school_grade: "Betyg",
  year3_result: "Resultat i årskurs 3",
  offer_entry: "Insatser och aktiviteter i utbudet",
  offer_participant: "Deltagande i aktiviteter, med vårdnadshavares samtycke",
  offer_session: "Tillfällen för aktiviteter",
  offer_attendance: "Närvaro vid aktiviteter",
  offer_suggestion: "Förslag på aktiviteter",
  user_session: "Inloggningar",
  recovery_code: "Reservkoder för inloggning",
  notification: "Aviseringar",
  notification_preference: "Val för aviseringar",
  mail_outbox: "E-post från Kring",
  audit_event: "Logg över åtkomst och ändringar",
};
