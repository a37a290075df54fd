import { Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useIsPhone } from "../../../platform/ui/use-is-phone";
import { useRemoveNetworkEntry } from "../api/network-map.api";
import type { NetworkMap } from "../shared/case-types";
import { useNetworkMapTexts } from "./networkMap-texts";

type Entry = NetworkMap["entries"][number];

interface NetworkMapEntriesProps {
  caseId: string;
  map: NetworkMap;
  mayChange: boolean;
}

/** The map as lists: the same people, by network, for reading and for removing entries. */
export function NetworkMapEntries({ caseId, map, mayChange }: NetworkMapEntriesProps) {
  useNetworkMapTexts();
  const { t } = useTranslation("networkMap");
  const isPhone = useIsPhone();
  const announce = useAnnounce();
  const remove = useRemoveNetworkEntry(caseId);
  const removeButton = (e: Entry) =>
    mayChange && (
      <Button
        size="compact-xs"
        variant="default"
        aria-label={t("removeLabel", { name: e.name })}
        loading={remove.isPending && remove.variables === e.id}
        onClick={() =>
          remove.mutate(e.id, { onSuccess: () => announce(t("removed", { name: e.name })) })
        }
      >
        {t("remove")}
      </Button>
    );
  const cells = (e: Entry) => [
    e.name,
    e.relation || "–",
    t(`sectors.${e.sector}` as "sectors.family"),
    t(`closeness.${e.closeness}` as "closeness.1"),
  ];
  return (
    <Stack gap="lg">
      <ProblemAlert error={remove.error} />
      {(["private", "professional"] as const).map((network) => {
        const entries = map.entries.filter((e) => e.network === network);
        return (
          <section key={network} aria-labelledby={`map-${network}`}>
            <Title order={2} size="h4" id={`map-${network}`} mb="xs">
              {t(network)}
            </Title>
            {entries.length === 0 ? (
              <Text size="sm">{t("noEntries")}</Text>
            ) : isPhone ? (
              <Stack component="ul" gap="xs" className="plain-list">
                {entries.map((e) => (
                  <Card component="li" key={e.id} withBorder padding="sm">
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <div>
                        {cells(e).map((value, i) => (
                          <Text key={i} size="sm" fw={i === 0 ? 700 : 400}>
                            {value}
                          </Text>
                        ))}
                      </div>
                      {removeButton(e)}
                    </Group>
                  </Card>
                ))}
              </Stack>
            ) : (
              <Table striped bg="white" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    {(["name", "relation", "sector", "closeness"] as const).map((c) => (
                      <Table.Th key={c} scope="col">
                        {t(`columns.${c}`)}
                      </Table.Th>
                    ))}
                    {mayChange && <Table.Th scope="col">{t("columns.actions")}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((e) => (
                    <Table.Tr key={e.id}>
                      {cells(e).map((value, i) =>
                        i === 0 ? (
                          <Table.Th key={i} scope="row">
                            {value}
                          </Table.Th>
                        ) : (
                          <Table.Td key={i}>{value}</Table.Td>
                        ),
                      )}
                      {mayChange && <Table.Td>{removeButton(e)}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </section>
        );
      })}
    </Stack>
  );
}
