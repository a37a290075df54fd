import type { CaseDetail } from "@kring/contracts";
import { Alert, Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ReopenCaseDialog } from "./ReopenCaseDialog";

/** A closed or declined case can only be read; a central coordinator may open it again. */
export function ReadOnlyNotice({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation("cases");
  const [reopening, setReopening] = useState(false);
  return (
    <Alert color="gray" variant="light" title={t("readOnly.title")} mb="md">
      {t("readOnly.body")}
      {detail.mayReopen && (
        <Button display="block" mt="sm" variant="default" onClick={() => setReopening(true)}>
          {t("readOnly.reopen")}
        </Button>
      )}
      {reopening && <ReopenCaseDialog detail={detail} onClose={() => setReopening(false)} />}
    </Alert>
  );
}
