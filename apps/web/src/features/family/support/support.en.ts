import type { familySupportSv } from "./support.sv";

export const familySupportEn: typeof familySupportSv = {
  title: "We want support",
  intro:
    "Are you worried about {{name}}? Tell us in your own words. Central student health and social services read it and will contact you. You do not need to know who can help.",
  open: "Ask for support",
  worry: "What are you worried about?",
  worryHint: "For example: how school is going, how the child feels, what you have already tried.",
  contactWay: "How do you want to be contacted?",
  phone: "Phone",
  email: "E-mail",
  contactPhone: "Your phone number",
  contactEmail: "Your e-mail address",
  contactTime: "When suits you best? (optional)",
  contactTimeHint: "For example: after 4 pm.",
  consent:
    "I consent to central student health and social services reading our request and assessing what support could help.",
  consentHint: "Without consent the request cannot be sent. You can withdraw the consent later.",
  send: "Send",
  cancel: "Cancel",
  sent: "Thank you! Your request has been sent. The municipality will contact you.",
  sentWaiting:
    "Thank you! The municipality needs consent from every guardian. The request is sent once the other guardian has said yes in their family view.",
  earlier: "Your requests",
  sentOn: "Sent {{date}} by {{name}}",
  status: {
    awaiting_consent: "Waiting for the other guardian's consent",
    not_sent: "Not sent – not every guardian consented",
    received: "Received – waiting for assessment",
    started: "Support is starting – someone will contact you",
    declined: "Assessed – no collaboration right now",
    closed: "Closed",
  },
  hints: {
    worry: "Write in a few words what you are worried about (at least 10 characters).",
    contact: "Write a phone number or an e-mail address.",
    consent: "Tick the consent to be able to send.",
  },
};
