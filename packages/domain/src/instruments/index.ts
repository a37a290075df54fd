/**
 * Outcome instruments: pure scoring for SDQ, ORS/CORS and SRS/CSRS (domain.md section 6).
 * No I/O here; the licensed item wording is loaded elsewhere by the organisation.
 */
export { InstrumentInputError } from "./errors";
export type { ReliableChange } from "./reliable-change";
export * from "./sdq-forms";
export * from "./sdq-bands";
export * from "./sdq-validate";
export * from "./sdq-score";
export * from "./sdq-reliable-change";
export * from "./sdq-jsonl";
export { VAS_ITEM_MAX, VAS_TOTAL_MAX } from "./vas";
export * from "./ors";
export * from "./srs";
export * from "./schedule";
export * from "./closing-ors";
export * from "./item-labels";
