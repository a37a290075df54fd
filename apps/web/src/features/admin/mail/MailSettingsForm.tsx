import {
  Button,
  NativeSelect,
  NumberInput,
  Paper,
  PasswordInput,
  Stack,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { type MailSettings, useSaveMailSettings } from "./mail.api";

const blankToNull = (s: string) => (s.trim() === "" ? null : s.trim());

export function MailSettingsForm({ settings }: { settings: MailSettings }) {
  const { t } = useTranslation("mailAdmin");
  const save = useSaveMailSettings();
  const announce = useAnnounce();
  const [host, setHost] = useState(settings.host ?? "");
  const [port, setPort] = useState<number | string>(settings.port ?? "");
  const [security, setSecurity] = useState(settings.security ?? "starttls");
  const [user, setUser] = useState(settings.user ?? "");
  const [password, setPassword] = useState("");
  const [from, setFrom] = useState(settings.from ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        host: blankToNull(host),
        port: port === "" ? null : Number(port),
        security: blankToNull(host) ? security : null,
        user: blankToNull(user),
        ...(password ? { password } : {}),
        from: blankToNull(from),
      },
      {
        onSuccess: () => {
          setPassword("");
          announce(t("saved"));
        },
      },
    );
  };
  return (
    <Paper p="lg" withBorder radius="md" component="section" aria-labelledby="smtp-title">
      <Title order={3} id="smtp-title" mb="sm">
        {t("server")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("host")}
            description={t("hostHelp")}
            value={host}
            onChange={(e) => setHost(e.currentTarget.value)}
          />
          <NumberInput
            label={t("port")}
            description={t("portHelp")}
            min={1}
            max={65535}
            value={port}
            onChange={setPort}
            maw={200}
          />
          <NativeSelect
            label={t("security")}
            value={security}
            onChange={(e) => setSecurity(e.currentTarget.value as typeof security)}
            data={[
              { value: "starttls", label: t("securities.starttls") },
              { value: "tls", label: t("securities.tls") },
              { value: "none", label: t("securities.none") },
            ]}
          />
          <TextInput
            label={t("user")}
            autoComplete="off"
            value={user}
            onChange={(e) => setUser(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("password")}
            description={settings.passwordSet ? t("passwordSet") : t("passwordNone")}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <TextInput
            label={t("from")}
            type="email"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
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
