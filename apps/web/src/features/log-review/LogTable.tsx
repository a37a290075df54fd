import { actionWords } from "@kring/domain/audit";
import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { useFormat } from "../cases/shared/format";
import type { LogEntryView, LogView } from "./log-review.api";
import { MarkControl } from "./MarkControl";

/** A log, oldest first: when, who, what, about which child, on which basis, and the review. */
export function LogTable({ log, showChild }: { log: LogView; showChild: boolean }) {
  const { t } = useTranslation("logReview");
  return (
    <section aria-labelledby="log-subject">
      <Text id="log-subject" fw={700} size="lg" component="h3" mb={4}>
        {t("log.subject", { name: log.subject.name })}{" "}
        {log.subject.protectedIdentity && <Badge color="red.8">{t("log.protected")}</Badge>}
      </Text>
      <Text mb="xs">{t("log.count", { count: log.entries.length })}</Text>
      {log.truncated && (
        <Text mb="xs" fw={600}>
          {t("log.truncated", { count: log.entries.length })}
        </Text>
      )}
      {log.entries.length === 0 ? (
        <Text>{t("log.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-labelledby="log-subject">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("log.when")}</Table.Th>
                <Table.Th scope="col">{t("log.who")}</Table.Th>
                <Table.Th scope="col">{t("log.what")}</Table.Th>
                {showChild && <Table.Th scope="col">{t("log.child")}</Table.Th>}
                <Table.Th scope="col">{t("log.basis")}</Table.Th>
                <Table.Th scope="col">{t("log.review")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.entries.map((entry) => (
                <EntryRow key={entry.seq} entry={entry} showChild={showChild} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function EntryRow({ entry, showChild }: { entry: LogEntryView; showChild: boolean }) {
  const { t } = useTranslation("logReview");
  const language = useLanguage();
  const format = useFormat();
  const who = entry.actorName ?? t("log.system");
  const when = format.dateTime(entry.at);
  return (
    <Table.Tr>
      <Table.Td>{when}</Table.Td>
      <Table.Td>
        {who}
        {entry.actorUsername && (
          <Text size="xs" c="dimmed">
            {entry.actorUsername}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {actionWords(entry.action, language)}
        {(entry.reason || entry.note) && (
          <Text size="xs" c="dimmed">
            {[entry.note, entry.reason].filter(Boolean).join(" · ")}
          </Text>
        )}
      </Table.Td>
      {showChild && <Table.Td>{entry.childName ?? ""}</Table.Td>}
      <Table.Td>{entry.basis ? t(`basis.${entry.basis}`) : ""}</Table.Td>
      <Table.Td>
        <MarkControl seq={entry.seq} mark={entry.mark} label={`${who}, ${when}`} />
      </Table.Td>
    </Table.Tr>
  );
}
