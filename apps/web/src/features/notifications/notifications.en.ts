import type { notificationsSv } from "./notifications.sv";

export const notificationsEn: typeof notificationsSv = {
  bell: {
    label: "Notifications",
    unread_one: " unread",
    unread_other: " unread",
  },
  page: {
    title: "Notifications",
    intro: "What is new for you. Open a notification to see more where it belongs.",
    none: "No notifications.",
    markRead: "Mark as read",
    markAllRead: "Mark all as read",
    allRead: "All notifications are marked as read.",
    markedRead: "The notification is marked as read.",
    open: "Open",
    unread: "Unread",
    due: "Date: {{date}}",
    settings: "E-mail settings",
  },
  kinds: {
    acute_request: "An acute request is waiting for assessment",
    same_day_notice: "Unexcused absence today: guardians are to be told the same day",
    emergency_access: "Someone has used emergency access to one of your cases",
    deadline_reminder: "A deadline in one of your cases is near",
    form_reminder: "A form is waiting for your answers",
    family_news: "You have something new in Kring",
  },
  preferences: {
    title: "Notification settings",
    intro:
      "Notifications always show here in Kring. Choose what you also want by e-mail. E-mails never say whom it is about: sign in to see that.",
    familyIntro:
      "Notifications always show here in Kring. By e-mail you only learn that there is something new; sign in to see what.",
    email: "E-mail address",
    emailHelp: "Leave empty if you want no e-mail.",
    emailEnabled: "Send me e-mail",
    immediateEnabled:
      "At once when something is urgent (acute requests, same-day absence, emergency access)",
    familyImmediate: "When there is something new for me",
    digestEnabled: "A summary of my duties every day",
    digestHour: "Time of the summary",
    reminderDays: "Remind me this many days before a deadline or a form's last day",
    reminderHelp: "0 means no reminders.",
    save: "Save",
    saved: "The settings are saved.",
  },
};
