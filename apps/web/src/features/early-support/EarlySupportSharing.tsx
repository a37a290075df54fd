import type { EarlySupportDetail } from "@kring/contracts";
import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useFormat } from "../cases/shared/format";
import { AnchorLink } from "../cases/shared/links";
import { useRecordSharing } from "./early-support.api";

/**
 * A contact that became a request: whether the case's network may read it and, for the team
 * while the family has not agreed yet, recording that they now have (ADR 0041, amended).
 */
export function EarlySupportSharing({ contact }: { contact: EarlySupportDetail }) {
  const { t } = useTranslation("earlySupport");
  const format = useFormat();
  const announce = useAnnounce();
  const share = useRecordSharing(contact.id);
  const [agreedBy, setAgreedBy] = useState("");
  return (
    <Stack gap="sm">
      <Alert variant="light" title={t("requestRaised")}>
        {contact.sharedWithNetwork
          ? t("sharedYes", { by: contact.sharingAgreedBy })
          : t("sharedNo")}
        {contact.sharedWithNetwork && contact.sharingRecordedAt && (
          <Text size="sm" mt={4}>
            {t("sharingRecorded", {
              name: contact.sharingRecordedByName ?? "",
              date: format.date(contact.sharingRecordedAt),
            })}
          </Text>
        )}
        {!contact.mayWrite && contact.caseId && (
          <Text size="sm" mt={4}>
            <AnchorLink to="/cases/$caseId" params={{ caseId: contact.caseId }}>
              {t("toCase")}
            </AnchorLink>
          </Text>
        )}
      </Alert>
      {contact.mayWrite && !contact.sharedWithNetwork && contact.caseId && (
        <form
          aria-label={t("shareLater")}
          onSubmit={(ev) => {
            ev.preventDefault();
            share.mutate(agreedBy, { onSuccess: () => announce(t("sharedNow")) });
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{t("shareLaterHint")}</Text>
            <TextInput
              label={t("shareLaterWho")}
              required
              maxLength={200}
              value={agreedBy}
              onChange={(ev) => setAgreedBy(ev.currentTarget.value)}
            />
            {share.isError && <ProblemAlert error={share.error} />}
            <Button type="submit" loading={share.isPending} w="fit-content">
              {t("shareLater")}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
