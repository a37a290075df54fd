export * from "./personal-number";
export * from "./identity-number";
