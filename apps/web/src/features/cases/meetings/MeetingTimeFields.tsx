import { SimpleGrid, TextInput } from "@mantine/core";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMeetingsTexts } from "./meetings-texts";

type Field = "date" | "start" | "end" | "place" | "videoLink";
type Binding = {
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
};

/** Date, start, end, place and video link: the same fields when a meeting is planned and when
 *  it is moved, so both name and check them alike. `hints` adds the planning descriptions. */
export function MeetingTimeFields({
  bind,
  errorFor,
  minDate,
  hints = false,
}: {
  bind: (field: Field) => Binding;
  errorFor: (field: string) => string | undefined;
  minDate?: string;
  hints?: boolean;
}) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <TextInput
          type="date"
          label={t("plan.date")}
          required
          min={minDate}
          error={errorFor("startsAt")}
          {...bind("date")}
        />
        <TextInput
          type="time"
          label={t("plan.start")}
          required
          error={errorFor("startsAt")}
          {...bind("start")}
        />
        <TextInput
          type="time"
          label={t("plan.end")}
          required
          error={errorFor("endsAt")}
          {...bind("end")}
        />
      </SimpleGrid>
      <TextInput
        label={t("plan.place")}
        description={hints ? t("plan.placeHint") : undefined}
        error={errorFor("place")}
        {...bind("place")}
      />
      <TextInput
        type="url"
        label={t("plan.videoLink")}
        description={hints ? t("plan.videoLinkHint") : undefined}
        error={errorFor("videoLink")}
        {...bind("videoLink")}
      />
    </>
  );
}
