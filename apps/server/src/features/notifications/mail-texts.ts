import type { NotificationKind } from "../../platform/db/tables/notifications";

// The words of every e-mail. No e-mail names a child, a guardian or a case, and none carries a
// personal identity number: e-mail is not a protected channel (ADR 0032). It says what kind of
// thing is waiting and links to Kring, where the reader signs in and is shown what they may see.

type Locale = "sv" | "en";

const SIGNATURE = {
  sv: "\n\nLogga in i Kring för att se mer. Du kan ändra vilka e-postmeddelanden du får under Notiser → Inställningar.\n",
  en: "\n\nSign in to Kring to see more. You can change which e-mails you get under Notifications → Settings.\n",
};

const IMMEDIATE: Record<
  Exclude<NotificationKind, "family_news">,
  Record<Locale, [string, string]>
> = {
  acute_request: {
    sv: ["Kring: en akut förfrågan väntar", "En förfrågan markerad som akut väntar på bedömning."],
    en: ["Kring: an acute request is waiting", "A request marked acute is waiting for assessment."],
  },
  same_day_notice: {
    sv: [
      "Kring: frånvaro att meddela vårdnadshavare i dag",
      "En eller flera av dina elever har ogiltig frånvaro i dag. Vårdnadshavare ska meddelas samma dag.",
    ],
    en: [
      "Kring: absence to tell guardians about today",
      "One or more of your pupils have unexcused absence today. Guardians are to be told the same day.",
    ],
  },
  emergency_access: {
    sv: [
      "Kring: nödåtkomst till ett av dina ärenden",
      "Någon utanför nätverket har använt nödåtkomst till ett ärende du är med i.",
    ],
    en: [
      "Kring: emergency access to one of your cases",
      "Someone outside the network has used emergency access to a case you are part of.",
    ],
  },
  deadline_reminder: {
    sv: ["Kring: en tidsfrist närmar sig", "En tidsfrist i ett av dina ärenden går ut"],
    en: ["Kring: a deadline is near", "A deadline in one of your cases falls due"],
  },
  form_reminder: {
    sv: [
      "Kring: ett formulär väntar på dina svar",
      "Ett formulär som skickats till dig är inte besvarat.",
    ],
    en: ["Kring: a form is waiting for your answers", "A form sent to you has not been answered."],
  },
};

export interface MailText {
  subject: string;
  text: string;
}

export function immediateMail(
  kind: Exclude<NotificationKind, "family_news">,
  locale: Locale,
  link: string,
  dueDate: string | null,
): MailText {
  const [subject, lead] = IMMEDIATE[kind][locale];
  const when = dueDate ? (locale === "sv" ? ` ${dueDate}.` : ` on ${dueDate}.`) : "";
  return { subject, text: `${lead}${when}\n\n${link}${SIGNATURE[locale]}` };
}

/** The only e-mail a guardian or a child gets, whatever happened: that something is new. */
export function familyMail(locale: Locale, link: string): MailText {
  return locale === "sv"
    ? {
        subject: "Du har något nytt i Kring",
        text: `Hej!\n\nDu har något nytt i Kring.\n\n${link}\n\nLogga in för att se vad det är.\n`,
      }
    : {
        subject: "You have something new in Kring",
        text: `Hello,\n\nYou have something new in Kring.\n\n${link}\n\nSign in to see what it is.\n`,
      };
}

const DIGEST_KINDS: Record<string, Record<Locale, string>> = {
  deadline: { sv: "tidsfrister", en: "deadlines" },
  meeting: { sv: "möten de närmaste två veckorna", en: "meetings in the next two weeks" },
  intake: { sv: "förfrågningar att bedöma", en: "requests to assess" },
  instrument: {
    sv: "skattningar att skicka eller följa upp",
    en: "measurements to send or follow",
  },
  form: { sv: "formulär att fylla i", en: "forms to fill in" },
  plan_action: { sv: "insatser att följa upp", en: "plan actions to follow up" },
  handover: { sv: "planer att ta emot", en: "plans to accept" },
  attendance_task: { sv: "uppgifter om närvaro", en: "attendance tasks" },
  attendance_notice: { sv: "frånvaro att meddela samma dag", en: "same-day absence notices" },
  emergency_access: { sv: "nödåtkomster att granska", en: "emergency accesses to review" },
};
const OTHER = { sv: "övriga uppgifter", en: "other duties" };

/** The day's digest: how many duties of each kind, how many overdue; no names, no cases. */
export function digestMail(
  locale: Locale,
  items: { kind: string; status: string | null }[],
  link: string,
): MailText {
  const counts = new Map<string, number>();
  for (const i of items) {
    const label = (DIGEST_KINDS[i.kind] ?? OTHER)[locale];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const overdue = items.filter((i) => i.status === "overdue").length;
  const lines = [...counts].map(([label, n]) => `- ${n} ${label}`).join("\n");
  return locale === "sv"
    ? {
        subject: `Kring: ${items.length} uppgifter i dag`,
        text: `Dina uppgifter i Kring i dag:\n\n${lines}\n${overdue ? `\n${overdue} är försenade.\n` : ""}\n${link}${SIGNATURE.sv}`,
      }
    : {
        subject: `Kring: ${items.length} duties today`,
        text: `Your duties in Kring today:\n\n${lines}\n${overdue ? `\n${overdue} are overdue.\n` : ""}\n${link}${SIGNATURE.en}`,
      };
}

export function testMail(locale: Locale): MailText {
  return locale === "sv"
    ? {
        subject: "Kring: provmeddelande",
        text: "Det här är ett provmeddelande från Kring. E-posten fungerar.\n",
      }
    : {
        subject: "Kring: test message",
        text: "This is a test message from Kring. E-mail works.\n",
      };
}
