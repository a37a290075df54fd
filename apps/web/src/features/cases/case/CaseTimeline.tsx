import type { CaseDetail } from "@kring/contracts";
import { Stack, Text } from "@mantine/core";
import { useFormat } from "../shared/format";
import { SwedishText } from "../shared/SwedishText";

/** Everything that has happened in the case, newest first. */
export function CaseTimeline({ timeline }: { timeline: CaseDetail["timeline"] }) {
  const format = useFormat();
  return (
    <Stack component="ol" gap="xs" className="plain-list">
      {timeline.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <Text size="sm" c="dimmed">
            <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
            {entry.actorName && ` · ${entry.actorName}`}
          </Text>
          <Text size="sm">
            <SwedishText>{entry.summary}</SwedishText>
          </Text>
        </li>
      ))}
    </Stack>
  );
}
