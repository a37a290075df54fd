import { Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useWorklist, type WorklistItem } from "./worklist.api";
import { WorklistEntry } from "./WorklistEntry";

// Overdue first, then what is due soon, meetings, intake (requests and plans handed over), and the rest as the server orders them.
const GROUPS = [
  { key: "overdue", test: (i: WorklistItem) => i.status === "overdue" },
  { key: "dueSoon", test: (i: WorklistItem) => i.status === "due_soon" },
  { key: "meetings", test: (i: WorklistItem) => i.kind === "meeting" },
  { key: "intake", test: (i: WorklistItem) => i.kind === "intake" || i.kind === "handover" },
  { key: "other", test: () => true },
] as const;

/** The professional's own tasks across their cases: the top of the home page. */
export function Worklist() {
  const { t } = useTranslation(["worklist", "common"]);
  const query = useWorklist();
  return (
    <section aria-labelledby="worklist-title">
      <Title order={2} size="h3" id="worklist-title" mb="sm">
        {t("worklist:title")}
      </Title>
      {query.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Text mb="xl">{t("worklist:empty")}</Text>
      ) : (
        <Stack gap="lg" mb="xl">
          {group(query.data.items).map(({ key, items }) => (
            <div key={key}>
              <Title order={3} size="h5" mb="xs">
                {t(`worklist:groups.${key}`, { count: items.length })}
              </Title>
              <Stack component="ul" gap="xs" className="plain-list">
                {items.map((item, index) => (
                  <WorklistEntry key={`${item.kind}-${item.caseId ?? ""}-${index}`} item={item} />
                ))}
              </Stack>
            </div>
          ))}
        </Stack>
      )}
    </section>
  );
}

/** Each item in the first group it fits, keeping the server's order within a group. */
function group(items: WorklistItem[]) {
  const groups = GROUPS.map(({ key }) => ({ key, items: [] as WorklistItem[] }));
  for (const item of items) groups[GROUPS.findIndex((g) => g.test(item))]?.items.push(item);
  return groups.filter((g) => g.items.length > 0);
}
