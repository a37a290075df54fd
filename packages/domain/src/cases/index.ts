// @kring/domain/cases: the collaboration case process as pure rules: stages and the state
// machine, meetings and agendas, deadlines, role eligibility and who may see a case.
export * from "./civil-date";
export * from "./stages";
export * from "./meetings";
export * from "./roles";
export * from "./case-state";
export * from "./events";
export * from "./transition-errors";
export * from "./gates";
export * from "./next-step";
export * from "./transition";
export {
  evaluationDueOn,
  evaluationIsEarly,
  EVALUATION_EARLY_WINDOW_DAYS,
} from "./transition-evaluation";
export { followUpEndsOn } from "./transition-closure";
export * from "./eligibility-types";
export * from "./coordinator-eligibility";
export * from "./network-role-eligibility";
export * from "./deadline-rules";
export * from "./deadlines";
export * from "./access";
export * from "./timeline";
export * from "./reopen";
