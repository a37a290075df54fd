import type { Messages } from "../../platform/i18n/messages";
import type { shellSv } from "./shell.sv";

export const shellEn: Messages<typeof shellSv> = {
  nav: {
    label: "Main menu",
    items: {
      home: { label: "Home", description: "Your units and roles." },
      cases: {
        label: "Cases",
        description: "The children you work with, where each case is and what is due.",
      },
      intake: { label: "Intake", description: "Requests waiting for assessment." },
      concern: {
        label: "When you are worried",
        description: "What to do when you are worried about a child, step by step.",
      },
      earlySupport: {
        label: "Early support",
        description: "Support for children and families before there is a case.",
      },
      childsBest: {
        label: "Child's best",
        description: "Children in your area with several units around them but no plan.",
      },
      newRequest: {
        label: "New request",
        description: "Describe a child's need for support from several organisations.",
      },
      myRequests: {
        label: "My requests",
        description:
          "Requests you raised: whether they are assessed and who the contact person is.",
      },
      handovers: {
        label: "Handovers",
        description: "Children's plans to be handed over to your units.",
      },
      attendance: {
        label: "Attendance",
        description: "Pupils' attendance, the attendance staircase and what it asks of you.",
      },
      offer: {
        label: "Interventions and activities",
        description: "What the municipality, the region, the police and associations offer.",
      },
      admin: {
        label: "Administration",
        description: "Add units and users, and give users roles in units.",
      },
      family: {
        label: "The plan",
        description:
          "The child's plan: who does what and when, the next meeting and who to contact.",
      },
      forms: {
        label: "Forms",
        description: "Questions from the network about how the child is doing.",
      },
      steering: {
        label: "Steering",
        description:
          "Indicators per area and period, against the steering group's targets. No single case.",
      },
      logReview: {
        label: "Access-log review",
        description: "Who did what with a child's data, and accesses worth a second look.",
      },
    },
  },
  header: {
    openMenu: "Open the menu",
    closeMenu: "Close the menu",
    account: "Your account",
    logout: "Log out",
  },
};
