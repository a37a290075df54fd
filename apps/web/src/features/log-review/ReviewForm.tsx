import { Button, Group, Stack, TextInput } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { todayInSweden } from "../cases/shared/format";
import type { Period } from "./log-review.api";

const daysBefore = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

/** A period (the last 30 days to start with) and what the query needs, then Show. */
export function ReviewForm({
  id,
  children,
  onShow,
}: {
  id: string;
  children?: ReactNode;
  onShow: (period: Period) => void;
}) {
  const { t } = useTranslation("logReview");
  const today = todayInSweden();
  const [from, setFrom] = useState(daysBefore(today, 30));
  const [to, setTo] = useState(today);
  return (
    <form
      aria-label={t(`tabs.${id as "child"}`)}
      onSubmit={(e) => {
        e.preventDefault();
        onShow({ from, to });
      }}
    >
      <Stack gap="sm" maw={560} mb="md">
        {children}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t("form.from")}
            value={from}
            required
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t("form.to")}
            value={to}
            required
            onChange={(e) => setTo(e.currentTarget.value)}
          />
        </Group>
        <Button type="submit" w="fit-content">
          {t("form.show")}
        </Button>
      </Stack>
    </form>
  );
}
