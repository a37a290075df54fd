// The domain's pure rules. Import a feature by its own entry, e.g. "@kring/domain/cases".
export * from "./identity";
export * from "./organisation";
