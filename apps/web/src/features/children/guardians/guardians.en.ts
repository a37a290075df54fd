import type { guardiansSv } from "./guardians.sv";

export const guardiansEn: typeof guardiansSv = {
  title: "Guardians of {{name}}",
  intro:
    "Register the child's guardians and other adults around the child here. Only those with custody give consent, agree to the plan and see the child in the family view. With a personal identity number the guardian signs in with e-ID the first time, with no account to create.",
  custody: {
    joint: "Joint custody",
    sole: "Sole custody",
    none: "No guardian with custody is registered.",
  },
  list: "Adults around the child",
  hasCustody: "Has custody",
  noCustody: "Without custody",
  personalNumber: "Personal identity number",
  noPersonalNumber: "No personal identity number: cannot sign in with e-ID.",
  phone: "Phone",
  email: "E-mail",
  account: "Has signed in to the family view.",
  noAccount: "Signs in with e-ID the first time.",
  edit: "Change",
  editLabel: "Change {{name}}",
  remove: "Remove",
  removeLabel: "Remove {{name}} from the child",
  removeConfirm:
    "Remove {{name}} from the child? What the person has already done (a consent, for example) remains.",
  removed: "{{name}} has been removed from the child.",
  saved: "The changes for {{name}} are saved.",
  added: "{{name}} has been added.",
  cancel: "Cancel",
  save: "Save",
  add: "Add adult",
  addTitle: "Add a guardian or another adult",
  form: {
    givenName: "First name",
    familyName: "Last name",
    personalNumber: "Personal identity number (optional)",
    personalNumberHint: "YYYYMMDD-NNNN. Needed to sign in with e-ID.",
    phone: "Phone (optional)",
    email: "E-mail (optional)",
    custody: "Has custody of the child (guardian)",
    custodyHint:
      "Untick for a parent without custody or another adult, such as a foster family or a trustee.",
  },
  hints: {
    givenName: "Write the first name.",
    familyName: "Write the last name.",
    personalNumber: "Write a valid 12-digit personal identity number.",
    email: "Write a valid e-mail address.",
  },
  find: {
    title: "Guardians",
    intro:
      "Write the child's full personal identity number to register or change the child's guardians. You see the guardians only, nothing else about the child.",
    label: "The child's personal identity number",
    submit: "Show guardians",
    notFound: "No child with that personal identity number is in Kring.",
  },
  manage: "Manage guardians",
};
