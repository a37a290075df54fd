import { adminEn } from "../features/admin/admin.en";
import { adminSv } from "../features/admin/admin.sv";
import { authEn } from "../features/auth/auth.en";
import { authSv } from "../features/auth/auth.sv";
import { errorsEn } from "../features/errors/errors.en";
import { errorsSv } from "../features/errors/errors.sv";
import { homeEn } from "../features/home/home.en";
import { homeSv } from "../features/home/home.sv";
import { shellEn } from "../features/shell/shell.en";
import { shellSv } from "../features/shell/shell.sv";
import { commonEn } from "../platform/i18n/common.en";
import { commonSv } from "../platform/i18n/common.sv";

// One namespace per feature; a new feature adds its pair of files here.
export const sv = {
  common: commonSv,
  auth: authSv,
  shell: shellSv,
  home: homeSv,
  admin: adminSv,
  errors: errorsSv,
};

export const resources = {
  sv,
  en: {
    common: commonEn,
    auth: authEn,
    shell: shellEn,
    home: homeEn,
    admin: adminEn,
    errors: errorsEn,
  },
};
