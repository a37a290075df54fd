import type { Messages } from "../../../platform/i18n/messages";
import type { requestSv } from "./request.sv";

export const requestEn: Messages<typeof requestSv> = {
  title: "New request",
  intro:
    "Describe the needs of a child who may need support from several organisations. Central student health and social services then decide whether it becomes a collaboration case.",
  childStep: "1. The child",
  fromEarlySupport: {
    title: "From early support",
    intro:
      "The request is filled in with what you learned in the early support. Change what is needed before you send it.",
    share: "The family agrees that the case's network may read the early support",
    agreedBy: "Who in the family agreed?",
    protective: "Protective factors: {{list}}",
    risk: "Risk factors: {{list}}",
    agreed: "Agreed in the early support: {{agreed}}",
    note: "{{date}}: {{body}}",
  },
  changeChild: "Choose another child",
  needStep: "2. The need",
  raisedBy: "The request is made by",
  raisedByHint: "Your unit. It always sees the request.",
  concern: "What worries you?",
  concernHint: "Describe in your own words what you see and hear.",
  triedSoFar: "What have you already tried?",
  triedSoFarHint: "For example talks, adjustments or contacts with others.",
  acute: "Is it urgent?",
  acuteHint: "Urgent means the family is contacted the same day.",
  acuteNo: "No",
  acuteYes: "Yes, urgent",
  involved: "Organisations already involved",
  involvedHint: "Tick everyone already working with the child.",
  consentStep: "3. Consent",
  withoutConsent:
    "Without consent nothing is shared beyond the unit making the request. Central student health and social services cannot see it either.",
  consentGiven: "The family has given consent",
  consent: {
    givenBy: "Consent given by",
    guardian: "{{name}} (guardian)",
    child: "The child",
    guardiansUnknown:
      "You cannot see the child's guardians. From {{age}} the child may consent alone here; otherwise a coordinator records the guardians' consent.",
    ruleUnknownAge:
      "Under {{age}}, a guardian with custody must consent. From {{age}} the child may consent alone.",
    childWithGuardian: "The child may consent together with a guardian, not alone (under {{age}}).",
    method: "How was the consent given?",
    methodWritten: "In writing, on a signed form (attach it)",
    methodOral: "Orally, at a meeting",
    methodOralOnly:
      "Oral consent is recorded here. A signed form can be added to the case afterwards.",
    meeting: "At which meeting?",
    meetingHint: "For example: Talk with the guardians at school on 3 December.",
    units: "The consent covers these organisations",
    unitsHint:
      "Include the organisations that will assess the request, for example central student health and social services.",
    purpose: "Purpose",
    purposeHint: "What may the information be used for?",
    validUntil: "Valid until",
    file: "Scanned signed form",
    fileHint: "PDF, JPEG or PNG, at most 5 MB.",
    fileType: "The file must be a PDF, JPEG or PNG.",
    fileSize: "The file may be at most 5 MB.",
    fileChosen: "Chosen file: {{name}}",
    fileRemove: "Remove the file",
  },
  submit: "Register the request",
  registered: "The request is registered.",
  consentFailed: "The request is registered, but the consent was not saved",
  openCase: "Open the case and record the consent there",
  hints: {
    raisedByUnitId: "Choose your unit.",
    concern: "Describe what worries you.",
    triedSoFar: "The text may be at most 4,000 characters.",
    consent: {
      givenBy: "Tick who gave consent.",
      meeting: "Write at which meeting the consent was given.",
      file: "Attach the signed form.",
      unitIds: "Choose at least one organisation.",
      purpose: "Write the purpose of the consent.",
      validUntil: "Enter a date, or leave the field empty.",
    },
  },
};
