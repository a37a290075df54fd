import type { PlanDetail } from "@kring/contracts";
import { describePlanChanges } from "@kring/domain/plans";
import { Card, List, NativeSelect, SimpleGrid, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { PlanContentView } from "./PlanContentView";
import { useCompare } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

/** Two agreed versions side by side, with what changed highlighted and listed. */
export function CompareVersions({
  caseId,
  versions,
}: {
  caseId: string;
  versions: PlanDetail["versions"];
}) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const numbers = versions.map((v) => String(v.number));
  const [a, setA] = useState(numbers.at(-2) ?? "1");
  const [b, setB] = useState(numbers.at(-1) ?? "1");
  const query = useCompare(caseId, Number(a), Number(b));
  const language = useLanguage();
  // The changes in words ("Ny insats: …, ansvarig …"), the changed goals and actions marked.
  const words = query.data ? describePlanChanges(query.data.a.content, query.data.b.content) : [];
  const marked = new Set(words.flatMap((w) => (w.id ? [w.id] : [])));
  return (
    <Card withBorder component="section" aria-labelledby="compare">
      <Title order={2} id="compare" size="h3">
        {t("compare.title")}
      </Title>
      <SimpleGrid cols={2} my="sm">
        <NativeSelect
          label={t("compare.a")}
          data={numbers}
          value={a}
          onChange={(e) => setA(e.currentTarget.value)}
        />
        <NativeSelect
          label={t("compare.b")}
          data={numbers}
          value={b}
          onChange={(e) => setB(e.currentTarget.value)}
        />
      </SimpleGrid>
      <ProblemAlert error={query.error} />
      {query.data && (
        <>
          <Title order={3} size="h4">
            {t("compare.changes")}
          </Title>
          {words.length === 0 ? (
            <Text>{t("compare.none")}</Text>
          ) : (
            <List mb="md" aria-label={t("compare.changes")}>
              {words.map((w, i) => (
                <List.Item key={i}>{w[language]}</List.Item>
              ))}
            </List>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {[query.data.a, query.data.b].map((v) => (
              <section key={v.number} aria-label={`${t("compare.a")} ${v.number}`}>
                <Title order={3} size="h4">
                  {t("compare.a")} {v.number} ({v.agreedOn})
                </Title>
                <PlanContentView content={v.content} marked={marked} headingLevel={4} />
              </section>
            ))}
          </SimpleGrid>
        </>
      )}
    </Card>
  );
}
