import { Alert } from "@mantine/core";
import { ApiError } from "../api/api-error";
import { useLanguage } from "../i18n/use-language";

/** The message of a failed request, in the current language, announced at once. */
export function ProblemAlert({ error }: { error: unknown }) {
  const language = useLanguage();
  if (!error) return null;
  const message =
    error instanceof ApiError
      ? error.messageIn(language)
      : language === "en"
        ? "Something went wrong. Try again in a moment."
        : "Något gick fel. Försök igen om en stund.";
  return (
    <Alert color="red" variant="light" role="alert" mb="md">
      {message}
    </Alert>
  );
}
