import { Alert, Checkbox, Group, NativeSelect, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useReflectionChoices } from "../../../experience-log/experience-log.api";
import type { EventFieldsProps } from "../event-form-types";
import { useCaseActionsTexts } from "../caseActions-texts";

/**
 * What the steering group learns from: what worked, and what in our own organisation hindered,
 * filed under the municipality's themes and the organisation it is about (the experience log).
 * The words reach the steering group without names, so they must name no one.
 */
export function ReflectionFields({
  values,
  set,
  errorFor,
  optional = false,
}: Omit<EventFieldsProps, "detail" | "allowed"> & {
  /** At an evaluation the reflection may be left out (both texts empty). */
  optional?: boolean;
}) {
  useCaseActionsTexts();
  const { t } = useTranslation(["caseActions", "common"]);
  const label = (key: "whatWorked" | "whatGotInTheWay") =>
    optional
      ? `${t(`caseActions:reflection.${key}`)} (${t("common:optional")})`
      : t(`caseActions:reflection.${key}`);
  const choices = useReflectionChoices();
  const themes = (choices.data?.themes ?? []).filter((x) => !x.archived);
  const chosen = values.themeIds ? values.themeIds.split(",") : [];
  return (
    <>
      <Alert color="blue" variant="light" title={t("caseActions:reflection.noNamesTitle")}>
        {t("caseActions:reflection.noNames")}
      </Alert>
      <Textarea
        label={label("whatWorked")}
        required={!optional}
        autosize
        minRows={3}
        value={values.whatWorked ?? ""}
        error={errorFor("event.reflection.whatWorked")}
        onChange={(e) => set("whatWorked", e.currentTarget.value)}
      />
      <Textarea
        label={label("whatGotInTheWay")}
        required={!optional}
        autosize
        minRows={3}
        value={values.whatGotInTheWay ?? ""}
        error={errorFor("event.reflection.whatGotInTheWay")}
        onChange={(e) => set("whatGotInTheWay", e.currentTarget.value)}
      />
      {themes.length > 0 && (
        <Checkbox.Group
          label={`${t("caseActions:reflection.themes")} (${t("common:optional")})`}
          value={chosen}
          error={errorFor("event.reflection.themeIds")}
          onChange={(ids) => set("themeIds", ids.join(","))}
        >
          <Group gap="md" mt="xs">
            {themes.map((theme) => (
              <Checkbox key={theme.id} value={theme.id} label={theme.name} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
      <NativeSelect
        label={`${t("caseActions:reflection.organisation")} (${t("common:optional")})`}
        data={[
          { value: "", label: t("caseActions:reflection.noOrganisation") },
          ...(choices.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name })),
        ]}
        value={values.organisationId ?? ""}
        error={errorFor("event.reflection.organisationId")}
        onChange={(e) => set("organisationId", e.currentTarget.value)}
      />
    </>
  );
}
