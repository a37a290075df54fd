import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-error";

/**
 * Field errors from a problem+json answer, shown under each input. The server's own messages are
 * technical English, so each form passes its plain-language hint per field.
 */
export function useFieldErrors(error: unknown, hints: Record<string, string> = {}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const apiError = error instanceof ApiError ? error : null;

  // After a failed submit, take the user to the first field that needs fixing.
  useEffect(() => {
    if (!apiError?.fieldErrors.length) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [apiError]);

  return {
    formRef,
    errorFor: (field: string): string | undefined =>
      apiError?.hasFieldError(field) ? (hints[field] ?? t("fieldInvalid")) : undefined,
  };
}
