// @kring/domain/plans: the child's plan (SIP / barnets plan) as pure rules: its content, what
// the law requires before it is agreed, version comparison, agreement, follow-up and handover.
export * from "./content";
export * from "./sip";
export * from "./diff";
export * from "./change-words";
export * from "./follow-up";
export * from "./overdue";
export * from "./agreement";
export * from "./handover";
export * from "./family-words";
