export * from "./unit-kinds";
export * from "./roles";
