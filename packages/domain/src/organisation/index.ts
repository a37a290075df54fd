export * from "./unit-kinds";
export * from "./roles";
export * from "./school-age";
