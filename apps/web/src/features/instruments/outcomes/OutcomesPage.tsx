import { Card, Loader, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../platform/i18n/use-language";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useChildOutcomes } from "../instruments.api";
import { RecordSchoolForm } from "./RecordSchoolForm";
import { SchoolSection } from "./SchoolSection";
import { LeisureSection } from "./LeisureSection";
import { SdqSection } from "./SdqSection";
import { VasSection } from "./VasSection";
import { domainOf, termDate } from "./time-scale";
import { useInstrumentsTexts } from "../instruments-texts";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The child's outcomes over time: SDQ, ORS, SRS and school results on one time axis. */
export function OutcomesPage({ childId }: { childId: string }) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const language = useLanguage();
  const query = useChildOutcomes(childId);
  if (query.error) return <ProblemAlert error={query.error} />;
  const o = query.data;
  if (!o) return <Loader aria-label={t("outcomes.loading")} />;
  const domain = domainOf([
    ...[...o.sdq, ...o.ors, ...o.srs].flatMap((s) => s.points.map((p) => p.on)),
    ...[...o.grades, ...o.year3].map((g) => termDate(g.term)),
  ]);
  const month = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "sv-SE", {
    month: "short",
    year: "2-digit",
    timeZone: "Europe/Stockholm",
  });
  const formatMonth = (ms: number) => month.format(new Date(ms));
  return (
    <Stack gap="lg">
      <PageTitle>{t("outcomes.title", { name: o.childName })}</PageTitle>
      <Text>{t("outcomes.intro")}</Text>
      <Section id="sdq" title={t("outcomes.sdq.title")}>
        <SdqSection sdq={o.sdq} domain={domain} formatMonth={formatMonth} />
      </Section>
      <Section id="ors" title={t("outcomes.ors.title")}>
        <VasSection
          kind="ors"
          series={o.ors}
          threshold={o.thresholds.orsClinicalCutoff}
          domain={domain}
          formatMonth={formatMonth}
        />
      </Section>
      <Section id="srs" title={t("outcomes.srs.title")}>
        <VasSection
          kind="srs"
          series={o.srs}
          threshold={o.thresholds.srsAlertBelow}
          domain={domain}
          formatMonth={formatMonth}
        />
      </Section>
      <Section id="school" title={t("outcomes.school.title")}>
        <SchoolSection grades={o.grades} year3={o.year3} domain={domain} />
        {o.mayRecordSchoolOutcomes && <RecordSchoolForm childId={childId} />}
      </Section>
      <Section id="leisure" title={t("outcomes.leisure.title")}>
        <LeisureSection leisure={o.leisure} />
      </Section>
    </Stack>
  );
}
