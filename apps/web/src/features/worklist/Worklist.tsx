import { Button, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
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
            <WorklistGroup key={key} name={key} items={items} />
          ))}
        </Stack>
      )}
    </section>
  );
}

// The most urgent tasks of each group first; more on request, a step at a time, so that a
// coordinator's thousand tasks are never put on the page at once (issue #23).
const FIRST = 10;
const STEP = 50;

type GroupKey = (typeof GROUPS)[number]["key"];

function WorklistGroup({ name, items }: { name: GroupKey; items: WorklistItem[] }) {
  const { t } = useTranslation("worklist");
  const [shown, setShown] = useState(FIRST);
  const visible = items.slice(0, shown);
  const headingId = `worklist-group-${name}`;
  return (
    <div>
      <Title order={3} size="h5" mb="xs" id={headingId}>
        {t(`groups.${name}`, { count: items.length })}
      </Title>
      <Stack component="ul" gap="xs" className="plain-list" aria-labelledby={headingId}>
        {visible.map((item, index) => (
          <WorklistEntry key={`${item.kind}-${item.caseId ?? ""}-${index}`} item={item} />
        ))}
      </Stack>
      {items.length > FIRST && (
        <Text size="sm" c="dimmed" mt="xs" role="status" aria-live="polite">
          {t("showing", { shown: visible.length, count: items.length })}
        </Text>
      )}
      {shown < items.length && (
        <Button variant="default" size="xs" mt="xs" onClick={() => setShown(shown + STEP)}>
          {t("showMore", { count: Math.min(STEP, items.length - shown) })}
        </Button>
      )}
    </div>
  );
}

/** Each item in the first group it fits, keeping the server's order within a group. */
function group(items: WorklistItem[]) {
  const groups = GROUPS.map(({ key }) => ({ key, items: [] as WorklistItem[] }));
  for (const item of items) groups[GROUPS.findIndex((g) => g.test(item))]?.items.push(item);
  return groups.filter((g) => g.items.length > 0);
}
