import { Alert, Button, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../platform/forms/field-errors";
import { useSessionUser } from "../../platform/session/session-user";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useStructure } from "../admin/structure/structure.api";
import { ConsentFields } from "../cases/request/ConsentFields";
import { consentInput, emptyConsent } from "../cases/request/consent-values";
import { flatHints } from "../cases/shared/flat-hints";
import { UnitCheckboxes } from "../cases/shared/UnitCheckboxes";
import { type PupilTermView, useOpenCollaborationCase } from "./attendance.api";
import { useAttendanceTexts } from "./attendance-texts";
import { useRequestTexts } from "../cases/request/request-texts";

/** What the staircase has already tried, as the request's "tried so far", for the team to edit. */
const triedSoFarOf = (term: PupilTermView) =>
  term.place.history
    .filter((h) => h.step > 0)
    .map((h) => `Steg ${h.step} (från ${h.from}): ${h.reason}`)
    .join("\n");

/**
 * At the last step the attendance team opens a collaboration case: the same request as "Ny
 * förfrågan", raised by the team's unit, with the guardians' consent recorded here. A scanned
 * consent form can be added on the case page once the case exists.
 */
export function OpenCaseForm({ term }: { term: PupilTermView }) {
  useAttendanceTexts();
  useRequestTexts();
  const { t } = useTranslation(["attendance", "request"]);
  const navigate = useNavigate();
  const announce = useAnnounce();
  const structure = useStructure();
  const teamUnits = useSessionUser().memberships.filter((m) => m.role === "attendance_team");
  const [raisedBy, setRaisedBy] = useState(teamUnits[0]?.unitId ?? "");
  const [concern, setConcern] = useState("");
  const [triedSoFar, setTriedSoFar] = useState(() => triedSoFarOf(term));
  const [involved, setInvolved] = useState<string[]>([]);
  const [consent, setConsent] = useState(() => emptyConsent([], false));
  const open = useOpenCollaborationCase(term.child.id);
  const { formRef, errorFor } = useFieldErrors(
    open.error,
    flatHints(t("request:hints", { returnObjects: true })),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(
      {
        raisedByUnitId: raisedBy,
        concern,
        triedSoFar,
        involvedUnitIds: involved,
        consent: consentInput(consent),
      },
      {
        onSuccess: () => {
          announce(t("attendance:openCase.announced"));
          // The team raised the request: it follows it by its status, as every raiser does.
          void navigate({ to: "/requests/mine" });
        },
      },
    );
  };
  return (
    <section aria-labelledby="open-case-heading">
      <Title order={2} size="h3" id="open-case-heading" mb="xs">
        {t("attendance:openCase.heading")}
      </Title>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md" maw={960}>
          <Text size="sm">{t("attendance:openCase.intro")}</Text>
          <ProblemAlert error={open.error} />
          {teamUnits.length > 1 && (
            <Select
              label={t("request:raisedBy")}
              data={teamUnits.map((u) => ({ value: u.unitId, label: u.unitName }))}
              value={raisedBy}
              onChange={(v) => setRaisedBy(v ?? "")}
              allowDeselect={false}
            />
          )}
          <Textarea
            label={t("request:concern")}
            description={t("attendance:openCase.concernHint")}
            required
            autosize
            minRows={3}
            value={concern}
            onChange={(e) => setConcern(e.currentTarget.value)}
            error={errorFor("concern")}
          />
          <Textarea
            label={t("request:triedSoFar")}
            description={t("attendance:openCase.triedHint")}
            autosize
            minRows={3}
            value={triedSoFar}
            onChange={(e) => setTriedSoFar(e.currentTarget.value)}
            error={errorFor("triedSoFar")}
          />
          {structure.data && (
            <>
              <UnitCheckboxes
                legend={t("request:involved")}
                description={t("request:involvedHint")}
                structure={structure.data}
                value={involved}
                onChange={setInvolved}
              />
              <Title order={3} size="h4">
                {t("attendance:openCase.consentHeading")}
              </Title>
              <Alert color="kring" variant="light">
                {t("attendance:openCase.consentNote")}
              </Alert>
              <ConsentFields
                values={consent}
                onChange={setConsent}
                guardians={term.guardians}
                birthDate={null}
                structure={structure.data}
                errorFor={errorFor}
                withFile={false}
              />
            </>
          )}
          <Button type="submit" loading={open.isPending} w="fit-content">
            {t("attendance:openCase.submit")}
          </Button>
        </Stack>
      </form>
    </section>
  );
}
