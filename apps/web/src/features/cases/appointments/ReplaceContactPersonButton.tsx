import type { CaseDetail } from "@kring/contracts";
import { Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { useStructure } from "../../admin/structure/structure.api";
import { useReplaceContactPerson } from "./appointments.api";
import { ReplacePersonDialog } from "./ReplacePersonDialog";

/** "Byt kontaktperson …" for a principal in the network (ADR 0025). */
export function ReplaceContactPersonButton({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation("cases");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="compact-xs" variant="default" onClick={() => setOpen(true)}>
        {t("contactPersonChange.open")}
      </Button>
      {open && <ReplaceContactPersonDialog detail={detail} onClose={() => setOpen(false)} />}
    </>
  );
}

function ReplaceContactPersonDialog({
  detail,
  onClose,
}: {
  detail: CaseDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation("cases");
  const announce = useAnnounce();
  const replace = useReplaceContactPerson(detail.id);
  const structure = useStructure();
  // The contact person comes from a student-health team (the server checks the role).
  const units = (structure.data?.units ?? [])
    .filter((u) => u.kind === "student_health")
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <ReplacePersonDialog
      title={t("contactPersonChange.title")}
      intro={t("contactPersonChange.intro")}
      units={units}
      submitLabel={t("contactPersonChange.submit")}
      pending={replace.isPending}
      error={replace.error}
      onClose={onClose}
      onSubmit={(v) =>
        // Not mutate's own onSuccess, which TanStack Query drops for an unmounted caller: the
        // button sits beside the contact person it replaces, who leaves the list on success.
        replace
          .mutateAsync({
            version: detail.version,
            unitId: v.unitId,
            userId: v.userId,
            reason: v.reason,
          })
          .then(
            () => {
              announce(t("contactPersonChange.done"));
              onClose();
            },
            () => undefined, // shown from replace.error
          )
      }
    />
  );
}
