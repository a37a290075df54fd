import type { FamilyView } from "@kring/contracts";
import { Anchor, Card, List, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFamilyFormat } from "./family-format";

/** The next meeting (time and place only) and the people the family can turn to. */
export function MeetingAndContacts({ view }: { view: FamilyView }) {
  const { t } = useTranslation("family");
  const f = useFamilyFormat();
  const child = view.viewer === "child";
  const m = view.nextMeeting;
  return (
    <>
      <Card withBorder component="section" aria-labelledby="next-meeting">
        <Title order={2} size="h3" id="next-meeting">
          {child ? t("child.meeting") : t("nextMeeting")}
        </Title>
        {m ? (
          <>
            <Text fw={600}>
              {f.dateTime(m.startsAt)}–{f.time(m.endsAt)}
            </Text>
            <Text>{m.place ?? (m.digital ? t("digital") : "")}</Text>
          </>
        ) : (
          <Text>{t("noMeeting")}</Text>
        )}
      </Card>
      <section aria-labelledby="contacts">
        <Title order={2} size="h3" id="contacts">
          {child ? t("child.talkTo") : t("contacts")}
        </Title>
        <List spacing="xs">
          {view.contacts.map((c) => (
            <List.Item key={`${c.role}-${c.name}`}>
              <Text fw={600}>
                {c.name}
                {c.organisation ? `, ${c.organisation}` : ""}
              </Text>
              <Text size="sm">{c.roleText}</Text>
              {c.email && (
                <Anchor href={`mailto:${c.email}`} size="sm">
                  {c.email}
                </Anchor>
              )}
            </List.Item>
          ))}
        </List>
      </section>
    </>
  );
}
