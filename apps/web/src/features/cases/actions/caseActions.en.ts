import type { Messages } from "../../../platform/i18n/messages";
import type { caseActionsSv } from "./caseActions.sv";

export const caseActionsEn: Messages<typeof caseActionsSv> = {
  none: "There are no steps to take right now.",
  plan: {
    write: {
      hint: "The next step is to write the plan and have the guardians (and the child) agree to it. The case moves on once a version is agreed.",
      link: "Write and agree the plan",
    },
    revise: {
      hint: "Should the work go on? Revise the plan and have the family agree to the new version, or close the case.",
      link: "Revise the plan",
    },
  },
  notSubmitted:
    "The request has not been sent yet. Send it for assessment once the consent covers those who will assess it.",
  planMeeting: "Plan the {{meeting}}",
  holdMeeting: "Open the {{meeting}}",
  done: "Done: {{step}}.",
  noLongerPossible: "The step “{{step}}” can no longer be taken. See the case as it is now.",
  choose: "Choose …",
  explain: {
    submit:
      "The request goes to central student health and social services for assessment. They see it only if the consent covers their unit.",
    accept:
      "The request becomes a collaboration case. The next step is to appoint two coordinators.",
    decline:
      "The request does not become a collaboration case. Write what is done instead, and why. Whoever made the request sees the decision.",
    appoint_coordinators:
      "Coordinator 1 leads the process and coordinator 2 documents. They must be free from the child: not the child's mentor or social secretary, and not staff where the child goes.",
    record_first_contact:
      "When were the child and family contacted? Within 7 days, the same day if urgent.",
    appoint_spokesperson:
      "The spokesperson is close to the child, trusted by the guardians, and gives the child's voice. They come from the child's private network.",
    appoint_contact_person:
      "The principal appoints the contact person from the student-health team. The contact person follows the action plan and raises the case in the team.",
    record_eht_review: "When was the case raised in the student-health team (EHT)?",
    start_evaluation:
      "The evaluation comes after six months. It is a step of its own: plan the evaluation meeting and record the evaluation from it.",
    record_evaluation:
      "What did the evaluation meeting conclude? How far were the goals met, and what do the family and the child say?",
    close:
      "The case is closed. Tell what worked and what in our own organisation got in the way. The steering group learns from the answers.",
    record_authority_action:
      "For example a report of concern or an investigation by social services. It can happen at any point in the process.",
  },
  decline: {
    otherAction: "What is done instead?",
    otherActionHint:
      "For example support within the school, or an investigation by social services.",
    reasonCode: "Reason",
    reason: "Why is it not a collaboration case?",
  },
  date: { label: "Date", hint: "Today, or the day it happened." },
  spokesperson: {
    name: "Name",
    relation: "Relation to the child",
    relationHint: "For example aunt, coach or neighbour.",
    email: "Email",
  },
  coordinators: {
    leadHint: "Choose coordinator 1.",
    documentingHint: "Choose coordinator 2.",
  },
  contactPerson: {
    legend: "Contact person",
    unitHint: "Choose a student-health team.",
    userHint: "Choose a person in the student-health team.",
  },
  reflection: {
    intro: "Lessons for the steering group",
    whatWorked: "What worked?",
    whatGotInTheWay: "What in our own organisation got in the way?",
    noNamesTitle: "The answers go to the steering group without names",
    noNames:
      "The steering group reads the answers in the experience log without the child's name and without the case. Do not write the names of the child, the family or staff, nor anything else that points someone out.",
    themes: "Which themes is it about?",
    organisation: "Which organisation does it mainly concern?",
    noOrganisation: "None in particular",
  },
  evaluation: {
    intro: "Evaluation",
    goals: "Have the goals been met?",
    outcome: {
      met: "Yes, the goals are met",
      partly: "Partly",
      not_met: "No, the goals are not met",
    },
    eachGoal: "How far was each goal reached?",
    goalN: "Goal {{n}}: {{text}}",
    goalOutcome: {
      met: "Met",
      partly: "Partly met",
      not_met: "Not met",
    },
    familyView: "The family's view",
    childView: "The child's view",
    childViewHint: "In the child's own words, as far as possible.",
    dueOn: "The evaluation is due by {{date}}.",
    earlyTitle: "The evaluation is not due yet",
    early: "The evaluation is more than a month away. Write why it is done now.",
    earlyReason: "Why is the evaluation done now?",
  },
  closeCheck: {
    openGoalsTitle: "Goals not met",
    openGoals:
      'These goals were not achieved at the latest follow-up, so "Goals met" cannot be given:',
    earlyTitle: "Before the minimum follow-up time",
    early: "The child is to be followed until {{date}}. Closing now ends the case early.",
    earlyReason: "Why does the case close early?",
    measurementTitle: "Closing measurement missing",
    measurement:
      "The closing SDQ is missing from: {{informants}}. Send it and wait for the answer, or write why it is not taken.",
    closingOrs:
      "The child's closing {{version}} is missing: the instrument schedule takes it at the evaluation and closing meeting. Let the child fill it in, or write why it is not done.",
    measurementSkipReason: "Why is no closing measurement taken?",
  },
  close: { reason: "Reason for closing", note: "Note" },
  authority: {
    kind: "What has happened?",
    note: "Note",
    noteHint: "Briefly what has been done, and by whom.",
    closesCase: "The collaboration case is closed",
  },
  hints: {
    event: {
      otherAction: "Write what is done instead.",
      reason: "Give the reason.",
      name: "Write the spokesperson's name.",
      relation: "Write the relation to the child.",
      email: "Enter a valid email address, or leave the field empty.",
      on: "Enter a date that is not in the future.",
      note: "Write a note.",
      earlyReason: "Write why.",
      measurementSkipReason: "Write why the closing measurement is not taken.",
      evaluation: {
        goals: "Choose how far the goals were met.",
        familyView: "Write the family's view.",
        childView: "Write the child's view.",
      },
      reflection: {
        whatWorked: "Write what worked.",
        whatGotInTheWay: "Write what got in the way.",
      },
    },
  },
};
