export * from "./problem";
export * from "./common";
export * from "./health";
export * from "./auth";
export * from "./admin";
export * from "./children";
export * from "./cases";
export * from "./meetings";
