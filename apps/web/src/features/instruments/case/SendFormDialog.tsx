import type { SendInstrumentRequest } from "@kring/contracts";
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { optionsOnce } from "../../../platform/forms/options-once";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../../platform/ui/announcer";
import { addDays } from "@kring/domain/cases";
import { todayInSweden } from "../../cases/shared/format";
import { useCaseAndChild, useSendForm } from "../instruments.api";
import { useInstrumentLabels } from "../instrument-labels";
import { useInstrumentsTexts } from "../instruments-texts";

type Send = z.input<typeof SendInstrumentRequest>;
export type SendPrefill = Pick<Send, "instrument" | "informant" | "version"> &
  Partial<Pick<Send, "occasion" | "meetingId" | "dueDate">>;

const INFORMANTS = {
  sdq: ["parent", "teacher", "self"],
  ors: ["self", "parent"],
  srs: ["self", "parent"],
};
const VERSIONS: Record<string, Record<string, string[]>> = {
  sdq: { parent: ["4-17", "2-4"], teacher: ["4-17", "2-4"], self: ["11-17"] },
  ors: { self: ["CORS", "ORS"], parent: ["ORS", "CORS"] },
  srs: { self: ["CSRS", "SRS"], parent: ["SRS", "CSRS"] },
};

/** A coordinator sends a form: which one, as which informant, to whom, and by when. */
export function SendFormDialog({
  caseId,
  prefill,
  onClose,
}: {
  caseId: string;
  prefill: SendPrefill;
  onClose: () => void;
}) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  useInstrumentsTexts();
  const { t: common } = useTranslation();
  const labels = useInstrumentLabels();
  const announce = useAnnounce();
  const send = useSendForm(caseId);
  const { detail, child } = useCaseAndChild(caseId);
  const inTwoWeeks = addDays(todayInSweden(), 14);
  const [form, setForm] = useState({
    ...prefill,
    // Two weeks to answer, unless the schedule's own date is later.
    dueDate: prefill.dueDate && prefill.dueDate > inTwoWeeks ? prefill.dueDate : inTwoWeeks,
    respondent: "",
  });
  const { formRef, errorFor } = useFieldErrors(send.error, {
    respondent: t("send.hint.respondent"),
    dueDate: t("send.hint.dueDate"),
    informant: t("send.hint.informant"),
  });
  const informants = INFORMANTS[form.instrument];
  const versions = VERSIONS[form.instrument]?.[form.informant] ?? [];
  const people = [
    ...(form.informant === "parent"
      ? (child.data?.guardians ?? []).map((g) => ({
          value: `guardian:${g.id}`,
          label: t("send.guardian", { name: `${g.givenName} ${g.familyName}` }),
        }))
      : []),
    ...(form.informant === "self" && child.data
      ? [{ value: "child", label: t("send.child", { name: child.data.givenName }) }]
      : []),
    ...optionsOnce(
      (detail.data?.members ?? []).filter((m) => m.userId),
      (m) => `professional:${m.userId}`,
      ([m]) => `${m!.displayName}${m!.unitName ? `, ${m!.unitName}` : ""}`,
    ),
  ];
  const respondentOf = (value: string): Send["respondent"] | null => {
    const [kind, id] = value.split(":");
    if (kind === "child") return { kind: "child" };
    if (kind === "guardian" && id) return { kind: "guardian", guardianId: id };
    if (kind === "professional" && id) return { kind: "professional", userId: id };
    return null;
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("send.title")}
      size="lg"
      closeButtonProps={{ "aria-label": common("close") }}
    >
      <form
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          const respondent = respondentOf(form.respondent);
          if (!respondent) return;
          send.mutate(
            { ...form, respondent },
            {
              onSuccess: () => {
                announce(t("send.sent", { name: labels.form(form) }));
                onClose();
              },
            },
          );
        }}
      >
        <Stack>
          <ProblemAlert error={send.error} />
          <NativeSelect
            label={t("send.instrument")}
            value={form.instrument}
            data={["sdq", "ors", "srs"].map((v) => ({ value: v, label: v.toUpperCase() }))}
            onChange={(e) => {
              const instrument = e.currentTarget.value as Send["instrument"];
              const informant = INFORMANTS[instrument][0] as Send["informant"];
              setForm({
                ...form,
                instrument,
                informant,
                version: VERSIONS[instrument]![informant]![0] as Send["version"],
              });
            }}
          />
          <NativeSelect
            label={t("send.informant")}
            value={form.informant}
            error={errorFor("informant")}
            data={informants.map((v) => ({ value: v, label: labels.informant(v) }))}
            onChange={(e) => {
              const informant = e.currentTarget.value as Send["informant"];
              setForm({
                ...form,
                informant,
                respondent: "",
                version: VERSIONS[form.instrument]![informant]![0] as Send["version"],
              });
            }}
          />
          <NativeSelect
            label={t("send.version")}
            value={form.version}
            data={versions}
            onChange={(e) =>
              setForm({ ...form, version: e.currentTarget.value as Send["version"] })
            }
          />
          <NativeSelect
            label={t("send.respondent")}
            value={form.respondent}
            error={errorFor("respondent")}
            required
            data={[{ value: "", label: t("send.choose"), disabled: true }, ...people]}
            onChange={(e) => setForm({ ...form, respondent: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t("send.dueDate")}
            value={form.dueDate}
            error={errorFor("dueDate")}
            required
            onChange={(e) => setForm({ ...form, dueDate: e.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("send.cancel")}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {t("send.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
