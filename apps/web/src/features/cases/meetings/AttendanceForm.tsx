import type { MeetingDetail } from "@kring/contracts";
import { Button, Checkbox, Fieldset, Stack } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useRecordAttendance } from "../api/meeting-changes.api";
import { LEGEND_AS_LABEL } from "../shared/fieldset-styles";
import { useMeetingsTexts } from "./meetings-texts";

/** Who came to the held meeting: the network members and the family invited. */
export function AttendanceForm({ meeting }: { meeting: MeetingDetail }) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const announce = useAnnounce();
  const record = useRecordAttendance(meeting.caseId, meeting.id);
  const [came, setCame] = useState(
    () =>
      new Set([
        ...meeting.invitees.filter((i) => i.attended).map((i) => i.memberId),
        ...meeting.family.filter((f) => f.attended).map((f) => f.id),
      ]),
  );
  const toggle = (id: string, on: boolean) =>
    setCame((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record
      .mutateAsync({
        members: meeting.invitees.map((i) => ({
          memberId: i.memberId,
          attended: came.has(i.memberId),
        })),
        family: meeting.family.map((f) => ({ id: f.id, attended: came.has(f.id) })),
      })
      .then(
        () => announce(t("attendance.saved")),
        () => undefined,
      );
  };
  const people = [
    ...meeting.invitees.map((i) => ({ id: i.memberId, name: i.displayName })),
    ...meeting.family.map((f) => ({
      id: f.id,
      name: f.kind === "child" ? t("invitees.child", { name: f.name }) : f.name,
    })),
  ];
  if (people.length === 0) return null;
  return (
    <form onSubmit={submit} aria-labelledby="attendance-title">
      <Fieldset
        legend={<span id="attendance-title">{t("attendance.title")}</span>}
        variant="unstyled"
        styles={LEGEND_AS_LABEL}
      >
        <Stack gap={6}>
          {people.map((p) => (
            <Checkbox
              key={p.id}
              label={p.name}
              checked={came.has(p.id)}
              onChange={(event) => toggle(p.id, event.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Fieldset>
      <ProblemAlert error={record.error} />
      <Button type="submit" mt="sm" size="xs" loading={record.isPending}>
        {t("attendance.save")}
      </Button>
    </form>
  );
}
