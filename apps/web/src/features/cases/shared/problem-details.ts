import { ApiError } from "../../../platform/api/api-error";

export interface CaseChange {
  at: string;
  kind: string;
  summary: string;
  by: string | null;
}

export interface RefusalReason {
  code: string;
  messageSv: string;
  messageEn: string;
}

/** A 409: someone else changed the case or meeting after this user loaded it. */
export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}

/** What the others changed, as the server lists it with a 409 on a case. */
export function conflictChanges(error: unknown): CaseChange[] {
  if (!isConflict(error)) return [];
  const changes = error.details.changes;
  return Array.isArray(changes) ? (changes as CaseChange[]) : [];
}

/** Why an appointment was refused (e.g. the person is too close to the child). */
export function refusalReasons(error: unknown): RefusalReason[] {
  if (!(error instanceof ApiError)) return [];
  const reasons = error.details.reasons;
  return Array.isArray(reasons) ? (reasons as RefusalReason[]) : [];
}
