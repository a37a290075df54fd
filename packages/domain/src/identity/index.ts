export * from "./personal-number";
