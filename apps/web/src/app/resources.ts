import { authSv } from "../features/auth/auth.sv";
import { accountSv } from "../features/account/account.sv";
import { casesSv } from "../features/cases/cases.sv";
import { childrenSv } from "../features/children/children.sv";
import { worklistSv } from "../features/worklist/worklist.sv";
import { familySv } from "../features/family/family.sv";
import { errorsSv } from "../features/errors/errors.sv";
import { homeSv } from "../features/home/home.sv";
import { notificationsSv } from "../features/notifications/notifications.sv";
import { shellSv } from "../features/shell/shell.sv";
import { commonSv } from "../platform/i18n/common.sv";

// One namespace per feature; a new feature adds its Swedish file here and its English file to
// resources.en.ts, or, for a namespace only lazy pages read, loads both with the page
// (platform/i18n/page-texts.ts) and types them in i18next.d.ts (ADR 0023).
export const sv = {
  common: commonSv,
  auth: authSv,
  account: accountSv,
  shell: shellSv,
  home: homeSv,
  errors: errorsSv,
  cases: casesSv,
  children: childrenSv,
  worklist: worklistSv,
  family: familySv,
  notifications: notificationsSv,
};

/** English: a chunk of its own, fetched the first time someone is shown English (ADR 0023). */
export const loadEnglish = () => import("./resources.en").then((texts) => texts.en);
