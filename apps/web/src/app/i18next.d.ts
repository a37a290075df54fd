import type { retentionSv } from "../features/admin/retention/retention.sv";
import type { sv } from "./resources";

// Translation keys are checked at compile time against the Swedish texts.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    // Namespaces loaded with their page (retention-texts.ts) are typed here all the same.
    resources: typeof sv & { retention: typeof retentionSv };
  }
}
