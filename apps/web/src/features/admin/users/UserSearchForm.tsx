import { Button, Group, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

/** Searching asks the server (and is audited), so it happens on submit, not on every key. */
export function UserSearchForm({ onSearch }: { onSearch: (q: string) => void }) {
  const { t } = useTranslation("admin");
  const [q, setQ] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q.trim());
  };
  return (
    <form onSubmit={submit} role="search" aria-label={t("users.search")}>
      <Group align="flex-end" gap="xs">
        <TextInput
          type="search"
          label={t("users.search")}
          description={t("users.searchHint")}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          maxLength={100}
          w={{ base: "100%", xs: 320 }}
        />
        <Button type="submit">{t("users.searchButton")}</Button>
      </Group>
    </form>
  );
}
