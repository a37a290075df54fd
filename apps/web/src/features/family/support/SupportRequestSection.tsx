import { Badge, Button, Card, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../../platform/i18n/page-texts";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useFamilyFormat } from "../family-format";
import { SupportRequestForm } from "./SupportRequestForm";
import { useSupportRequests } from "./support.api";
import { familySupportEn } from "./support.en";
import { familySupportSv } from "./support.sv";

/**
 * "Vi vill ha stöd" (issue 19.3): a guardian asks for support for the child in plain words, with
 * their consent to the assessment, and follows the status here. Phone first: one column.
 */
export function SupportRequestSection({
  childId,
  childName,
}: {
  childId: string;
  childName: string;
}) {
  usePageTexts("familySupport", familySupportSv, familySupportEn);
  const { t } = useTranslation("familySupport");
  const f = useFamilyFormat();
  const query = useSupportRequests(childId);
  const [open, setOpen] = useState(false);
  if (query.error) return <ProblemAlert error={query.error} />;
  if (!query.data) return null;
  const { requests, mayRaise } = query.data;
  if (!mayRaise && requests.length === 0) return null;
  return (
    <section aria-labelledby="support-title">
      <Title order={2} size="h3" id="support-title" mb="xs">
        {t("title")}
      </Title>
      {mayRaise && (
        <>
          <Text mb="sm">{t("intro", { name: childName })}</Text>
          {open ? (
            <SupportRequestForm childId={childId} onDone={() => setOpen(false)} />
          ) : (
            <Button onClick={() => setOpen(true)}>{t("open")}</Button>
          )}
        </>
      )}
      {requests.length > 0 && (
        <Stack gap="xs" mt="md">
          <Title order={3} size="h4">
            {t("earlier")}
          </Title>
          {requests.map((r) => (
            <Card key={r.id} withBorder component="article">
              <Badge color="dark" variant="outline" mb="xs">
                {t(`status.${r.status}`)}
              </Badge>
              <Text size="sm">{r.worry}</Text>
              <Text size="sm" c="dimmed">
                {t("sentOn", { date: f.date(r.requestedAt.slice(0, 10)), name: r.raisedBy })}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}
