import type { AdminUser } from "@kring/contracts";
import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useUpdateUser } from "./users.api";

/**
 * The keys a staff identity provider may recognise the person by (ADR 0039): HSA-id (Inera,
 * SITHS) and eduPersonPrincipalName (Skolfederation). Empty removes it.
 */
export function SignInKeysForm({
  user,
  onChanged,
}: {
  user: AdminUser;
  onChanged: (user: AdminUser) => void;
}) {
  const { t } = useTranslation("admin");
  const announce = useAnnounce();
  const update = useUpdateUser(user.id);
  const [hsaId, setHsaId] = useState(user.hsaId ?? "");
  const [eppn, setEppn] = useState(user.eppn ?? "");
  const { formRef, errorFor } = useFieldErrors(update.error, {
    hsaId: t("signInKeys.hsaIdHint"),
    eppn: t("signInKeys.eppnHint"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { hsaId: hsaId.trim() || null, eppn: eppn.trim() || null },
      {
        onSuccess: (updated) => {
          announce(t("signInKeys.saved", { name: updated.displayName }));
          onChanged(updated);
        },
      },
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t("signInKeys.title")}>
      <Stack gap="xs">
        <Text size="sm">{t("signInKeys.intro")}</Text>
        <ProblemAlert error={update.error} />
        <TextInput
          label={t("signInKeys.hsaId")}
          description={t("signInKeys.hsaIdDescription")}
          value={hsaId}
          error={errorFor("hsaId")}
          onChange={(e) => setHsaId(e.currentTarget.value)}
          autoComplete="off"
        />
        <TextInput
          label={t("signInKeys.eppn")}
          description={t("signInKeys.eppnDescription")}
          value={eppn}
          error={errorFor("eppn")}
          onChange={(e) => setEppn(e.currentTarget.value)}
          autoComplete="off"
        />
        <Group>
          <Button type="submit" variant="outline" loading={update.isPending}>
            {t("signInKeys.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
