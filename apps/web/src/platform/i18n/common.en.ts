import type { commonSv } from "./common.sv";
import type { Messages } from "./messages";

export const commonEn: Messages<typeof commonSv> = {
  appName: "Kring",
  skipToContent: "Skip to content",
  loading: "Loading …",
  close: "Close",
  cancel: "Cancel",
  save: "Save",
  saving: "Saving …",
  optional: "optional",
  fieldInvalid: "Check this field.",
  password: { show: "Show the password", hide: "Hide the password" },
  languageSwitch: { label: "Svenska", lang: "sv", failed: "The language could not be saved." },
  organisationKinds: {
    municipality: "Municipality",
    region: "Region",
    state_agency: "State agency (e.g. the police)",
    voluntary: "Club or voluntary organisation",
  },
  userKinds: { professional: "Professional", guardian: "Guardian", child: "Child" },
};
