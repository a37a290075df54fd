import type { Messages } from "../../platform/i18n/messages";
import type { homeSv } from "./home.sv";

export const homeEn: Messages<typeof homeSv> = {
  title: "Home",
  greeting: "Hello {{name}}!",
  tenant: "You are logged in to {{tenant}}.",
  memberships: {
    title: "Your units and roles",
    intro:
      "What you can see and do in Kring depends on the units you belong to and your role there.",
    none: "You have no role in any unit yet. Ask an administrator to add you.",
    unitKind: "Kind of unit",
    role: "Your role",
  },
  links: { title: "Go on to" },
  family: {
    guardian: "You are logged in as a guardian in {{tenant}}.",
    child: "You are logged in to {{tenant}}.",
    contact: "Questions about the support? Contact the school or the contact person.",
  },
};
