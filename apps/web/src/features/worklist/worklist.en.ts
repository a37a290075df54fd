import type { Messages } from "../../platform/i18n/messages";
import type { worklistSv } from "./worklist.sv";

export const worklistEn: Messages<typeof worklistSv> = {
  title: "My tasks",
  empty: "Nothing is urgent right now. Your cases are under Cases.",
  due: "By {{date}}",
  markDone: "Mark as done",
  markDoneFor: "Mark as done: {{title}} – {{name}}",
  markFollowedUp: "Mark followed up",
  markFollowedUpFor: "Mark followed up: {{title}}",
  markNotified: "I have told the guardian",
  markNotifiedFor: "I have told the guardian about {{name}} {{date}}",
  doneAnnounced: "The task is done and gone from the list.",
  seen: "I have seen it",
  seenFor: "I have seen it: {{title}} – {{name}}",
  seenAnnounced: "The notice is gone from the list.",
  showing: "Showing {{shown}} of {{count}}",
  showMore_one: "Show {{count}} more",
  showMore_other: "Show {{count}} more",
  groups: {
    overdue_one: "Overdue ({{count}})",
    overdue_other: "Overdue ({{count}})",
    dueSoon_one: "Due soon ({{count}})",
    dueSoon_other: "Due soon ({{count}})",
    meetings_one: "Upcoming meeting ({{count}})",
    meetings_other: "Upcoming meetings ({{count}})",
    intake_one: "Intake",
    intake_other: "Intake",
    other_one: "Other ({{count}})",
    other_other: "Other ({{count}})",
  },
};
