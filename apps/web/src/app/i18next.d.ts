import type { adminSv } from "../features/admin/admin.sv";
import type { mailAdminSv } from "../features/admin/mail/mail.sv";
import type { signInAdminSv } from "../features/admin/sign-in/sign-in.sv";
import type { retentionSv } from "../features/admin/retention/retention.sv";
import type { logReviewSv } from "../features/log-review/log-review.sv";
import type { steeringSv } from "../features/steering/steering.sv";
import type { offerSv } from "../features/offer/offer.sv";
import type { earlySupportSv } from "../features/early-support/early-support.sv";
import type { experienceLogSv } from "../features/experience-log/experience-log.sv";
import type { guardiansSv } from "../features/children/guardians/guardians.sv";
import type { familySupportSv } from "../features/family/support/support.sv";
import type { plansSv } from "../features/plans/plans.sv";
import type { instrumentsSv } from "../features/instruments/instruments.sv";
import type { attendanceSv } from "../features/attendance/attendance.sv";
import type { networkMapSv } from "../features/cases/network-map/networkMap.sv";
import type { caseActionsSv } from "../features/cases/actions/caseActions.sv";
import type { requestSv } from "../features/cases/request/request.sv";
import type { meetingsSv } from "../features/cases/meetings/meetings.sv";
import type { sv } from "./resources";

// Translation keys are checked at compile time against the Swedish texts.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    // Namespaces loaded with their page (platform/i18n/page-texts.ts) are typed here all the same.
    resources: typeof sv & {
      admin: typeof adminSv;
      retention: typeof retentionSv;
      mailAdmin: typeof mailAdminSv;
      signInAdmin: typeof signInAdminSv;
      logReview: typeof logReviewSv;
      steering: typeof steeringSv;
      offer: typeof offerSv;
      earlySupport: typeof earlySupportSv;
      experienceLog: typeof experienceLogSv;
      guardians: typeof guardiansSv;
      familySupport: typeof familySupportSv;
      plans: typeof plansSv;
      instruments: typeof instrumentsSv;
      attendance: typeof attendanceSv;
      networkMap: typeof networkMapSv;
      caseActions: typeof caseActionsSv;
      request: typeof requestSv;
      meetings: typeof meetingsSv;
    };
  }
}
