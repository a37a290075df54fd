import { Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { hasRole } from "../../platform/session/roles";
import { useSessionUser } from "../../platform/session/session-user";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { todayInSweden } from "../cases/shared/format";
import { ForbiddenPage } from "../errors/ForbiddenPage";
import { ConclusionForm } from "./ConclusionForm";
import { ConclusionList } from "./ConclusionList";
import { type LogQuery, useExperienceLog, useReflectionChoices } from "./experience-log.api";
import { experienceLogEn } from "./experience-log.en";
import { experienceLogSv } from "./experience-log.sv";
import { LogFilters } from "./LogFilters";
import { readsSteering } from "../steering/steering-links";
import { SteeringNav } from "../steering/SteeringNav";
import { steeringEn } from "../steering/steering.en";
import { steeringSv } from "../steering/steering.sv";
import { ReflectionCells } from "./ReflectionCells";

/** A year back from the first of this month, cut by term: enough to show most themes. */
function initialQuery(): LogQuery {
  const today = todayInSweden();
  const from = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  return { from, to: today, grain: "term" };
}

/**
 * Erfarenhetslogg (issue 20.3, ADR 0042): the networks' reflections by theme and period without
 * names, and the steering group's conclusions. Analysts and steering groups; the server checks.
 */
export function ExperienceLogPage() {
  usePageTexts("experienceLog", experienceLogSv, experienceLogEn);
  // The steering section's menu (SteeringNav) reads the steering pages' texts.
  usePageTexts("steering", steeringSv, steeringEn);
  const { t } = useTranslation("experienceLog");
  const user = useSessionUser();
  const allowed = readsSteering(user);
  const [query, setQuery] = useState(initialQuery);
  const log = useExperienceLog(query);
  const choices = useReflectionChoices();
  if (!allowed) return <ForbiddenPage />;
  const themes = choices.data?.themes ?? [];
  const data = log.data;
  return (
    <>
      <SteeringNav />
      <PageTitle>{t("title")}</PageTitle>
      <Text mb="md" maw={760}>
        {t("intro")}
      </Text>
      <LogFilters
        query={query}
        onChange={setQuery}
        themes={themes}
        organisations={choices.data?.organisations ?? []}
        areas={data?.areas ?? []}
      />
      <ProblemAlert error={log.error} />
      {!data ? (
        log.isPending && <Loader aria-label={t("title")} />
      ) : (
        <Stack gap="xl">
          <section aria-labelledby="reflections-heading">
            <Title order={2} id="reflections-heading" mb="sm">
              {t("cells.heading")}
            </Title>
            <ReflectionCells cells={data.cells} />
          </section>
          <section aria-labelledby="conclusions-heading">
            <Title order={2} id="conclusions-heading" mb="sm">
              {t("conclusions.heading")}
            </Title>
            <Stack gap="md">
              <ConclusionList conclusions={data.conclusions} canConclude={data.canConclude} />
              {data.canConclude && (
                <ConclusionForm
                  themes={themes}
                  areas={data.areas}
                  wholeMunicipality={hasRole(user, "analyst") || data.areas.length > 1}
                />
              )}
            </Stack>
          </section>
        </Stack>
      )}
    </>
  );
}
