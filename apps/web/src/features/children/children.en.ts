import type { Messages } from "../../platform/i18n/messages";
import type { childrenSv } from "./children.sv";

export const childrenEn: Messages<typeof childrenSv> = {
  age_one: "{{count}} year old",
  age_other: "{{count}} years old",
  noUnit: "No school or preschool registered",
  unitWithYear: "{{unit}}, year {{year}}",
  protectedIdentity: "Protected identity",
  bornYear: "born {{year}}",
  existenceOnly:
    "The child is in Kring. You see only the name and year of birth, as the child is not in your service.",
  contactHidden: "Address and contact details are not shown.",
  contactShownProtected: "You see the contact details in your role. Do not pass them on.",
  guardians: "Guardians",
  noGuardians: "No guardians registered.",
  withoutCustody: "without custody",
  manageGuardians: "Manage guardians",
  search: {
    label: "Find the child",
    hint: "The name of a child in your service, or the full personal identity number (YYMMDD-NNNN).",
    submit: "Search",
    count_one: "{{count}} child found.",
    count_other: "{{count}} children found.",
    choose: "Choose",
    chooseLabel: "Choose {{name}}",
  },
  register: {
    prompt: "Is the child not in Kring?",
    open: "Register the child",
    title: "Register a child",
    personalNumber: "Personal identity number",
    personalNumberHint: "12 digits: YYYYMMDDNNNN",
    givenName: "First name",
    familyName: "Last name",
    guardianN: "Guardian {{n}}",
    phone: "Phone (optional)",
    addGuardian: "Add guardian",
    remove: "Remove",
    removeGuardian: "Remove guardian {{n}}",
    submit: "Register the child",
    done: "{{name}} is registered.",
    unit: "School or preschool",
    unitHintSchoolAge:
      "The child is of school age: choose the school the child attends. It is needed so that the coordinators are not close to the child.",
    unitHintOther:
      "Choose the preschool or school if the child attends one, otherwise say why not.",
    noUnitChosen: "Choose …",
    noUnitReason: "Why is no preschool or school given?",
    noUnitReasonHint: "For example: does not attend preschool, has just moved here.",
    hints: {
      personalNumber: "Enter a valid personal identity number of 12 digits.",
      givenName: "Enter the child's first name.",
      familyName: "Enter the child's last name.",
      unitId: "Choose the school the child attends.",
      noUnitReason: "Choose a preschool or school, or say why none is given.",
    },
  },
};
