import type { Messages } from "../platform/i18n/messages";
import { authEn } from "../features/auth/auth.en";
import { accountEn } from "../features/account/account.en";
import { casesEn } from "../features/cases/cases.en";
import { childrenEn } from "../features/children/children.en";
import { worklistEn } from "../features/worklist/worklist.en";
import { errorsEn } from "../features/errors/errors.en";
import { familyEn } from "../features/family/family.en";
import { homeEn } from "../features/home/home.en";
import { notificationsEn } from "../features/notifications/notifications.en";
import { shellEn } from "../features/shell/shell.en";
import { commonEn } from "../platform/i18n/common.en";
import type { sv } from "./resources";

// English for the namespaces bundled in Swedish (resources.ts): imported only by loadEnglish, so
// it is its own chunk that a Swedish user never fetches (ADR 0023).
export const en: { [N in keyof typeof sv]: Messages<(typeof sv)[N]> } = {
  auth: authEn,
  account: accountEn,
  cases: casesEn,
  children: childrenEn,
  worklist: worklistEn,
  errors: errorsEn,
  family: familyEn,
  home: homeEn,
  notifications: notificationsEn,
  shell: shellEn,
  common: commonEn,
};
