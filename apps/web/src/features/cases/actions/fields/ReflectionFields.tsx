import { Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventFieldsProps } from "../event-form-types";

/** What the steering group learns from: what worked, and what in our own organisation hindered. */
export function ReflectionFields({
  values,
  set,
  errorFor,
}: Omit<EventFieldsProps, "detail" | "allowed">) {
  const { t } = useTranslation("caseActions");
  return (
    <>
      <Textarea
        label={t("reflection.whatWorked")}
        required
        autosize
        minRows={3}
        value={values.whatWorked ?? ""}
        error={errorFor("event.reflection.whatWorked")}
        onChange={(e) => set("whatWorked", e.currentTarget.value)}
      />
      <Textarea
        label={t("reflection.whatGotInTheWay")}
        required
        autosize
        minRows={3}
        value={values.whatGotInTheWay ?? ""}
        error={errorFor("event.reflection.whatGotInTheWay")}
        onChange={(e) => set("whatGotInTheWay", e.currentTarget.value)}
      />
    </>
  );
}
