// @kring/domain/consent: consent to share information about a child, and whether it allows
// sharing with a unit at an instant.
export * from "./consent";
export * from "./sharing";
export * from "./validate";
