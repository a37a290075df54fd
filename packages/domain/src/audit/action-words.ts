// Plain words for the audit log's actions ("case.read": "Öppnade ärendet"). An action without
// words here is shown as its code, so a new action is never hidden, only less readable.

type Words = { sv: string; en: string };

const WORDS: Record<string, Words> = {
  "case.read": { sv: "Öppnade ärendet", en: "Opened the case" },
  "case.read_request_status": { sv: "Läste förfrågans status", en: "Read the request's status" },
  "case.read_request_family": {
    sv: "Läste förfrågans vårdnadshavare",
    en: "Read the request's guardians",
  },
  "case.create": { sv: "Skapade en förfrågan", en: "Created a request" },
  "case.emergency_access": { sv: "Tog nödåtkomst", en: "Took emergency access" },
  "case.member_add": { sv: "Lade till i nätverket", en: "Added to the network" },
  "case.member_remove": { sv: "Tog bort ur nätverket", en: "Removed from the network" },
  "case.reopen": { sv: "Öppnade ärendet igen", en: "Reopened the case" },
  "case.list_coordination": {
    sv: "Såg barnet i ärendelistan",
    en: "Saw the child in the case list",
  },
  "child.read": { sv: "Läste barnets uppgifter", en: "Read the child's record" },
  "child.create": { sv: "Registrerade barnet", en: "Registered the child" },
  "child.search": { sv: "Sökte fram barnet", en: "Found the child in a search" },
  "consent.create": { sv: "Registrerade samtycke", en: "Recorded consent" },
  "consent.withdraw": { sv: "Registrerade återkallat samtycke", en: "Recorded withdrawn consent" },
  "meeting.read": { sv: "Läste ett möte", en: "Read a meeting" },
  "meeting.create": { sv: "Planerade ett möte", en: "Planned a meeting" },
  "meeting.update": { sv: "Ändrade ett möte", en: "Changed a meeting" },
  "network_map.read": { sv: "Läste nätverkskartan", en: "Read the network map" },
  "attachment.read": { sv: "Öppnade en bilaga", en: "Opened an attachment" },
  "plan.read": { sv: "Läste planen", en: "Read the plan" },
  "plan.print": { sv: "Skrev ut planen", en: "Printed the plan" },
  "plan.compare": { sv: "Jämförde planversioner", en: "Compared plan versions" },
  "plan.export_fhir": { sv: "Exporterade planen (FHIR)", en: "Exported the plan (FHIR)" },
  "plan.draft_save": { sv: "Skrev i planen", en: "Wrote in the plan" },
  "instrument.list": { sv: "Läste formulären", en: "Read the forms" },
  "instrument.request.read": { sv: "Läste ett formulär", en: "Read a form" },
  "instrument.export.fhir": { sv: "Exporterade formulär (FHIR)", en: "Exported forms (FHIR)" },
  "attendance.pupil_read": { sv: "Läste närvaron", en: "Read the attendance" },
  "worklist.read": { sv: "Såg barnet i Mina uppgifter", en: "Saw the child in the worklist" },
  "family.plan_read": { sv: "Familjen läste planen", en: "The family read the plan" },
  "access.refused": { sv: "Nekades åtkomst", en: "Was refused access" },
  "emergency_access.list": { sv: "Granskade nödåtkomster", en: "Reviewed emergency accesses" },
  "log_review.child": { sv: "Granskade barnets logg", en: "Reviewed the child's log" },
  "log_review.user": { sv: "Granskade en användares logg", en: "Reviewed a user's log" },
  "log_review.findings": { sv: "Granskade avvikelser", en: "Reviewed findings" },
  "log_review.mark": { sv: "Markerade som granskad", en: "Marked as reviewed" },
  "auth.login": { sv: "Loggade in", en: "Signed in" },
  "auth.logout": { sv: "Loggade ut", en: "Signed out" },
  "auth.login_failed": { sv: "Misslyckad inloggning", en: "Failed sign-in" },
};

/** The action in words, in the language asked for; the code itself when it has no words. */
export function actionWords(action: string, language: "sv" | "en" = "sv"): string {
  return WORDS[action]?.[language] ?? action;
}

/** Audit actions of the review itself and of administration that reads about children. */
export const REVIEW_ACTIONS = [
  "log_review.child",
  "log_review.user",
  "log_review.findings",
  "log_review.mark",
  "emergency_access.list",
  "emergency_access.review",
] as const;
