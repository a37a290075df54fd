import type { ChildsBestOverview } from "@kring/contracts";
import { Card, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../cases/shared/format";
import { AnchorLink } from "../cases/shared/links";
import { AskToStartPlan } from "./AskToStartPlan";

type Area = ChildsBestOverview["areas"][number];

function Part({
  id,
  title,
  hint,
  hidden,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  hidden: number;
  children: ReactNode[];
}) {
  const { t } = useTranslation("earlySupport");
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb={4}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" mb="xs">
          {hint}
        </Text>
      )}
      {children.length === 0 && hidden === 0 && <Text>{t("nothing")}</Text>}
      <Stack component="ul" gap="xs" p={0} style={{ listStyle: "none" }}>
        {children}
      </Stack>
      {hidden > 0 && (
        <Text mt="xs" fw={700}>
          {t("hidden", { count: hidden })}
        </Text>
      )}
    </section>
  );
}

/** One area: several units and no plan, plans due, handovers at school-stage transitions. */
export function ChildsBestArea({ area }: { area: Area }) {
  const { t } = useTranslation("earlySupport");
  const format = useFormat();
  const key = area.areaId ?? "all";
  return (
    <section aria-labelledby={`area-${key}`}>
      <Title order={2} size="h3" id={`area-${key}`} mb="sm">
        {area.areaName}
      </Title>
      <Stack gap="lg" maw={820}>
        <Part
          id={`several-${key}`}
          title={t("severalTitle")}
          hint={t("severalHint")}
          hidden={area.severalWithoutPlan.hiddenCount}
        >
          {area.severalWithoutPlan.named.map((c) => (
            <Card component="li" key={c.childId} withBorder padding="sm">
              <Text fw={700}>{c.childName}</Text>
              <Text size="sm">
                {[
                  t("involved", { count: c.involvedCount }),
                  c.earlySupport ? t("reasons.earlySupport") : null,
                  c.request ? t("reasons.request") : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
              {c.askedUnitName ? (
                <Text size="sm" mt={4}>
                  {t("asked", { unit: c.askedUnitName })}
                </Text>
              ) : (
                <AskToStartPlan child={c} />
              )}
            </Card>
          ))}
        </Part>
        <Part id={`due-${key}`} title={t("dueTitle")} hidden={area.plansDue.hiddenCount}>
          {area.plansDue.named.map((p, i) => (
            <Card component="li" key={`${p.caseId}-${i}`} withBorder padding="sm">
              {p.caseId ? (
                <AnchorLink to="/cases/$caseId" params={{ caseId: p.caseId }} fw={700}>
                  {p.childName}
                </AnchorLink>
              ) : (
                <Text fw={700}>{p.childName}</Text>
              )}
              <Text size="sm">{t("dueOn", { date: format.date(p.dueOn) })}</Text>
            </Card>
          ))}
        </Part>
        <Part id={`handover-${key}`} title={t("handoverTitle")} hidden={area.handovers.hiddenCount}>
          {area.handovers.named.map((h, i) => (
            <Card component="li" key={i} withBorder padding="sm">
              <Text fw={700}>{h.childName}</Text>
              <Text size="sm">
                {t("handoverLine", {
                  kind: h.kind,
                  unit: h.toUnitName,
                  date: format.date(h.proposedOn),
                })}
              </Text>
            </Card>
          ))}
        </Part>
      </Stack>
    </section>
  );
}
