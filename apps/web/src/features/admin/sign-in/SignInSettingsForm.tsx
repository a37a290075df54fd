import { Button, Checkbox, NumberInput, Paper, Stack, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { type SignInAdmin, useSaveSignInSettings } from "./sign-in.api";

export function SignInSettingsForm({ settings }: { settings: SignInAdmin }) {
  const { t } = useTranslation("signInAdmin");
  const save = useSaveSignInSettings();
  const announce = useAnnounce();
  const [passwords, setPasswords] = useState(settings.staffPasswordSignIn);
  const [age, setAge] = useState<number | string>(settings.childSignInFromAge ?? "");
  const [contact, setContact] = useState(settings.contact ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        staffPasswordSignIn: passwords,
        childSignInFromAge: age === "" ? null : Number(age),
        contact: contact.trim() || null,
      },
      { onSuccess: () => announce(t("saved")) },
    );
  };
  return (
    <Paper p="lg" withBorder radius="md" component="section" aria-labelledby="sign-in-settings">
      <Title order={3} id="sign-in-settings" mb="sm">
        {t("settings")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Checkbox
            label={t("staffPasswords")}
            description={t("staffPasswordsHelp")}
            checked={passwords}
            onChange={(e) => setPasswords(e.currentTarget.checked)}
          />
          <NumberInput
            label={t("childAge")}
            description={t("childAgeHelp")}
            min={10}
            max={18}
            value={age}
            onChange={setAge}
            maw={240}
          />
          <Textarea
            label={t("contact")}
            description={t("contactHelp")}
            value={contact}
            onChange={(e) => setContact(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <ProblemAlert error={save.error} />
          <div>
            <Button type="submit" loading={save.isPending}>
              {t("save")}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
