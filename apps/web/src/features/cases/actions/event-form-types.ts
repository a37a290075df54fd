import type { CaseDetail } from "@kring/contracts";
import type { ComponentType } from "react";
import type { CaseEventInput } from "../shared/case-types";

export type FormValues = Record<string, string>;
export type AllowedEvent = CaseDetail["allowedEvents"][number];

export interface EventFieldsProps {
  detail: CaseDetail;
  allowed: AllowedEvent;
  values: FormValues;
  set: (name: string, value: string) => void;
  errorFor: (field: string) => string | undefined;
}

/** How one step of the process is asked for: its starting values, its fields, its event. */
export interface EventForm {
  initial?: (detail: CaseDetail) => FormValues;
  Fields?: ComponentType<EventFieldsProps>;
  toEvent: (values: FormValues) => CaseEventInput;
}
