// @kring/domain/consent: consent to share information about a child, who may give it, and
// whether it allows sharing with a unit at an instant.
export * from "./consent";
export * from "./digital";
export * from "./givers";
export * from "./giver-messages";
export * from "./sharing";
export * from "./validate";
