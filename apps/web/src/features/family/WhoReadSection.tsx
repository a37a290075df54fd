import type { FamilyReadsResponse } from "@kring/contracts";
import { EMERGENCY_REASON_CATEGORIES } from "@kring/contracts";
import { List, Loader, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";
import { useLabels } from "../../platform/i18n/use-labels";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useFamilyFormat } from "./family-format";

type Reads = z.infer<typeof FamilyReadsResponse>;
type Category = (typeof EMERGENCY_REASON_CATEGORIES)[number];
const isCategory = (c: string | null): c is Category =>
  !!c && (EMERGENCY_REASON_CATEGORIES as readonly string[]).includes(c);
const isRole = (labels: ReturnType<typeof useLabels>, role: string | null) => {
  try {
    return role ? labels.role(role as never) : null;
  } catch {
    return null;
  }
};

/**
 * Who read (issue #21): which professionals and units opened the child's case, plan and forms,
 * and when, in plain words. A list, not a table: it reads on a phone.
 */
export function WhoReadSection({
  childId,
  childName,
  viewer,
}: {
  childId: string;
  childName: string;
  viewer: "guardian" | "child";
}) {
  const { t } = useTranslation(["family", "cases"]);
  const f = useFamilyFormat();
  const labels = useLabels();
  const api = useApi();
  const query = useQuery({
    queryKey: ["family", "child", childId, "reads"],
    queryFn: () => api.get<Reads>(`/api/family/children/${childId}/reads`),
  });
  const title = viewer === "child" ? t("reads.childTitle") : t("reads.title", { name: childName });
  return (
    <section aria-labelledby="who-read">
      <Title order={2} size="h3" id="who-read">
        {title}
      </Title>
      {query.error ? (
        <ProblemAlert error={query.error} />
      ) : !query.data ? (
        <Loader aria-label={title} />
      ) : !query.data.shown ? (
        <Text>{t("reads.notYet", { age: query.data.fromAge ?? "" })}</Text>
      ) : query.data.reads.length === 0 ? (
        <Text>{t("reads.none")}</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t("reads.intro")}
          </Text>
          <List spacing="xs" listStyleType="none" pl={0}>
            {query.data.reads.map((r) => {
              const role = isRole(labels, r.role);
              return (
                <List.Item key={`${r.at}-${r.name}-${r.kind}`}>
                  <Text fw={600}>
                    {role
                      ? t("reads.who", {
                          name: r.name,
                          role: role.toLowerCase(),
                          unit: r.unit ?? "",
                        })
                      : t("reads.whoNoRole", { name: r.name, unit: r.unit ?? "" })}
                  </Text>
                  <Text size="sm">
                    {t(`reads.kind.${r.kind}`)} · {f.dateTime(r.at)}
                    {r.times > 1 ? ` · ${t("reads.times", { count: r.times })}` : ""}
                  </Text>
                  {isCategory(r.emergencyCategory) && (
                    <Text size="sm" fw={600} c="red.9">
                      {t("reads.emergency", {
                        category: t(`cases:emergency.categories.${r.emergencyCategory}`),
                      })}
                    </Text>
                  )}
                </List.Item>
              );
            })}
          </List>
        </>
      )}
    </section>
  );
}
