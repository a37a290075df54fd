export const worklistSv = {
  title: "Mina uppgifter",
  empty: "Inget brådskar just nu. Dina ärenden finns under Ärenden.",
  due: "Senast {{date}}",
  groups: {
    overdue_one: "Försenat ({{count}})",
    overdue_other: "Försenat ({{count}})",
    dueSoon_one: "Snart ({{count}})",
    dueSoon_other: "Snart ({{count}})",
    meetings_one: "Kommande möte ({{count}})",
    meetings_other: "Kommande möten ({{count}})",
    intake_one: "Inkorg",
    intake_other: "Inkorg",
    other_one: "Övrigt ({{count}})",
    other_other: "Övrigt ({{count}})",
  },
};
