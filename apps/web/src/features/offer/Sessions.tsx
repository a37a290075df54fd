import { Button, Checkbox, Fieldset, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { todayInSweden, useFormat } from "../cases/shared/format";
import { type EntryView, useCreateSession, useRecordAttendance } from "./offer.api";

/** A leisure activity's sessions; its staff add them and mark each participant present or not. */
export function Sessions({ e }: { e: EntryView }) {
  const { t } = useTranslation("offer");
  const format = useFormat();
  return (
    <section aria-labelledby="sessions-title">
      <Title order={2} size="h3" id="sessions-title" mb="xs">
        {t("sessions.title")}
      </Title>
      {e.mayRun && <NewSession entryId={e.id} />}
      {e.sessions.length === 0 ? (
        <Text mt="sm">{t("sessions.none")}</Text>
      ) : (
        <Stack mt="sm" gap="sm">
          {e.sessions.map((s) => (
            <div key={s.id}>
              <Text fw={600}>
                {format.date(s.heldOn)} {s.startsAt}–{s.endsAt}
                {s.place ? `, ${s.place}` : ""}
              </Text>
              <Text size="sm">
                {t("sessions.summary", { present: s.present, absent: s.absent })}
              </Text>
              {e.mayRun && e.participants.length > 0 && (
                <Attendance
                  e={e}
                  session={s}
                  label={t("sessions.attendanceLegend", { date: format.date(s.heldOn) })}
                />
              )}
            </div>
          ))}
        </Stack>
      )}
    </section>
  );
}

function NewSession({ entryId }: { entryId: string }) {
  const { t } = useTranslation("offer");
  const announce = useAnnounce();
  const create = useCreateSession(entryId);
  const [v, setV] = useState({
    heldOn: todayInSweden(),
    startsAt: "15:00",
    endsAt: "16:30",
    place: "",
  });
  return (
    <form
      onSubmit={(ev) => {
        ev.preventDefault();
        create.mutate(v, { onSuccess: () => announce(t("sessions.added")) });
      }}
    >
      <Group align="end">
        <TextInput
          label={t("sessions.heldOn")}
          type="date"
          required
          value={v.heldOn}
          onChange={(ev) => setV({ ...v, heldOn: ev.currentTarget.value })}
        />
        <TextInput
          label={t("sessions.startsAt")}
          type="time"
          required
          value={v.startsAt}
          onChange={(ev) => setV({ ...v, startsAt: ev.currentTarget.value })}
        />
        <TextInput
          label={t("sessions.endsAt")}
          type="time"
          required
          value={v.endsAt}
          onChange={(ev) => setV({ ...v, endsAt: ev.currentTarget.value })}
        />
        <TextInput
          label={t("sessions.place")}
          value={v.place}
          onChange={(ev) => setV({ ...v, place: ev.currentTarget.value })}
        />
        <Button type="submit" loading={create.isPending}>
          {t("sessions.add")}
        </Button>
      </Group>
      {create.isError && <ProblemAlert error={create.error} />}
    </form>
  );
}

function Attendance(props: {
  e: EntryView;
  session: EntryView["sessions"][number];
  label: string;
}) {
  const { t } = useTranslation("offer");
  const announce = useAnnounce();
  const record = useRecordAttendance(props.e.id);
  const marked = new Map(props.session.attendance.map((a) => [a.participantId, a.present]));
  const [present, setPresent] = useState<Record<string, boolean>>(
    Object.fromEntries(props.e.participants.map((p) => [p.id, marked.get(p.id) ?? false])),
  );
  return (
    <form
      onSubmit={(ev) => {
        ev.preventDefault();
        record.mutate(
          {
            sessionId: props.session.id,
            attendance: props.e.participants.map((p) => ({
              participantId: p.id,
              present: !!present[p.id],
            })),
          },
          { onSuccess: () => announce(t("sessions.saved")) },
        );
      }}
    >
      <Fieldset legend={props.label} mt="xs">
        <Stack gap={4}>
          {props.e.participants.map((p) => (
            <Checkbox
              key={p.id}
              label={`${p.name}: ${t("sessions.present")}`}
              checked={!!present[p.id]}
              onChange={(ev) => setPresent({ ...present, [p.id]: ev.currentTarget.checked })}
            />
          ))}
        </Stack>
        {record.isError && <ProblemAlert error={record.error} />}
        <Button type="submit" size="xs" mt="xs" loading={record.isPending}>
          {t("sessions.save")}
        </Button>
      </Fieldset>
    </form>
  );
}
