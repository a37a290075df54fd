import { attendanceEn } from "../features/attendance/attendance.en";
import { attendanceSv } from "../features/attendance/attendance.sv";
import { authEn } from "../features/auth/auth.en";
import { authSv } from "../features/auth/auth.sv";
import { accountEn } from "../features/account/account.en";
import { accountSv } from "../features/account/account.sv";
import { caseActionsEn } from "../features/cases/actions/caseActions.en";
import { caseActionsSv } from "../features/cases/actions/caseActions.sv";
import { casesEn } from "../features/cases/cases.en";
import { casesSv } from "../features/cases/cases.sv";
import { meetingsEn } from "../features/cases/meetings/meetings.en";
import { meetingsSv } from "../features/cases/meetings/meetings.sv";
import { networkMapEn } from "../features/cases/network-map/networkMap.en";
import { networkMapSv } from "../features/cases/network-map/networkMap.sv";
import { requestEn } from "../features/cases/request/request.en";
import { requestSv } from "../features/cases/request/request.sv";
import { childrenEn } from "../features/children/children.en";
import { childrenSv } from "../features/children/children.sv";
import { worklistEn } from "../features/worklist/worklist.en";
import { worklistSv } from "../features/worklist/worklist.sv";
import { errorsEn } from "../features/errors/errors.en";
import { familyEn } from "../features/family/family.en";
import { familySv } from "../features/family/family.sv";
import { plansEn } from "../features/plans/plans.en";
import { plansSv } from "../features/plans/plans.sv";
import { errorsSv } from "../features/errors/errors.sv";
import { homeEn } from "../features/home/home.en";
import { instrumentsEn } from "../features/instruments/instruments.en";
import { instrumentsSv } from "../features/instruments/instruments.sv";
import { homeSv } from "../features/home/home.sv";
import { notificationsEn } from "../features/notifications/notifications.en";
import { notificationsSv } from "../features/notifications/notifications.sv";
import { shellEn } from "../features/shell/shell.en";
import { shellSv } from "../features/shell/shell.sv";
import { commonEn } from "../platform/i18n/common.en";
import { commonSv } from "../platform/i18n/common.sv";

// One namespace per feature; a new feature adds its pair of files here, or, for a page few people
// open, loads them with the page (platform/i18n/page-texts.ts) and types them in i18next.d.ts.
export const sv = {
  common: commonSv,
  auth: authSv,
  account: accountSv,
  shell: shellSv,
  home: homeSv,
  errors: errorsSv,
  cases: casesSv,
  caseActions: caseActionsSv,
  request: requestSv,
  meetings: meetingsSv,
  networkMap: networkMapSv,
  children: childrenSv,
  worklist: worklistSv,
  family: familySv,
  plans: plansSv,
  instruments: instrumentsSv,
  attendance: attendanceSv,
  notifications: notificationsSv,
};

export const resources = {
  sv,
  en: {
    common: commonEn,
    auth: authEn,
    account: accountEn,
    shell: shellEn,
    home: homeEn,
    errors: errorsEn,
    cases: casesEn,
    caseActions: caseActionsEn,
    request: requestEn,
    meetings: meetingsEn,
    networkMap: networkMapEn,
    children: childrenEn,
    worklist: worklistEn,
    family: familyEn,
    plans: plansEn,
    instruments: instrumentsEn,
    attendance: attendanceEn,
    notifications: notificationsEn,
  },
};
