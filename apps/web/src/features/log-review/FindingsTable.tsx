import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../cases/shared/format";
import type { FindingView } from "./log-review.api";
import { MarkControl } from "./MarkControl";

/** The accesses worth a look, newest first, each with the rule that found it and its review. */
export function FindingsTable({
  findings,
  truncated,
}: {
  findings: FindingView[];
  truncated: boolean;
}) {
  const { t } = useTranslation(["logReview", "cases"]);
  if (findings.length === 0) return <Text>{t("findings.none")}</Text>;
  return (
    <section aria-labelledby="findings-title">
      <Text id="findings-title" fw={700} size="lg" component="h3" mb={4}>
        {t("tabs.findings")}
      </Text>
      {truncated && (
        <Text mb="xs" fw={600}>
          {t("log.truncated", { count: findings.length })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-labelledby="findings-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("log.what")}</Table.Th>
              <Table.Th scope="col">{t("log.when")}</Table.Th>
              <Table.Th scope="col">{t("log.who")}</Table.Th>
              <Table.Th scope="col">{t("log.child")}</Table.Th>
              <Table.Th scope="col">{t("findings.count")}</Table.Th>
              <Table.Th scope="col">{t("log.review")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {findings.map((f) => (
              <FindingRow key={`${f.rule}-${f.seq}`} finding={f} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

function FindingRow({ finding }: { finding: FindingView }) {
  const { t } = useTranslation(["logReview", "cases"]);
  const format = useFormat();
  const who = finding.actorName ?? t("log.system");
  const when = format.dateTime(finding.at);
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} size="sm">
          {t(`rules.${finding.rule}`)}
        </Text>
        {finding.note && <Text size="xs">{noteText(finding, t)}</Text>}
      </Table.Td>
      <Table.Td>{when}</Table.Td>
      <Table.Td>
        {who}
        {finding.actorUsername && (
          <Text size="xs" c="dimmed">
            {finding.actorUsername}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{finding.childName ?? ""}</Table.Td>
      <Table.Td>
        {finding.rule === "many_children"
          ? t("findings.childrenText", { count: finding.count, note: finding.note ?? "" })
          : finding.rule === "emergency"
            ? t("findings.readsUnder", { count: finding.count })
            : t("findings.countText", { count: finding.count })}
      </Table.Td>
      <Table.Td>
        <MarkControl
          seq={finding.seq}
          mark={finding.mark}
          label={`${t(`rules.${finding.rule}`)}, ${who}, ${when}`}
        />
      </Table.Td>
    </Table.Tr>
  );
}

const CATEGORIES = ["risk_to_life_or_health", "urgent_protection", "other_urgent"] as const;

function noteText(
  finding: FindingView,
  t: ReturnType<typeof useTranslation<["logReview", "cases"]>>["t"],
) {
  const note = finding.note ?? "";
  if (finding.rule === "emergency" && (CATEGORIES as readonly string[]).includes(note))
    return t(`cases:emergency.categories.${note as (typeof CATEGORIES)[number]}`);
  return finding.rule === "many_children" ? "" : note;
}
