import type { CaseDetail } from "@kring/contracts";
import { Stack, Text } from "@mantine/core";
import { useLanguage } from "../../../platform/i18n/use-language";
import { useFormat } from "../shared/format";
import { SwedishText } from "../shared/SwedishText";

/** Everything that has happened in the case, newest first, in the past tense. */
export function CaseTimeline({ timeline }: { timeline: CaseDetail["timeline"] }) {
  const format = useFormat();
  // In English, what the server can say in English; Swedish free text stays marked as Swedish.
  const english = useLanguage() === "en";
  return (
    <Stack component="ol" gap="xs" className="plain-list">
      {timeline.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <Text size="sm" c="dimmed">
            <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
            {entry.actorName && ` · ${entry.actorName}`}
          </Text>
          <Text size="sm">
            {english && entry.summaryEn ? (
              entry.summaryEn
            ) : (
              <SwedishText>{entry.summary}</SwedishText>
            )}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
