import type { sv } from "./resources";

// Translation keys are checked at compile time against the Swedish texts.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: typeof sv;
  }
}
