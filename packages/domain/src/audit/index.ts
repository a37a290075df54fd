// @kring/domain/audit: what an audit entry's action means, in words, for the access-log review
// and its CSV export.
export * from "./action-words";
