import { Button, Group, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useChildSearch } from "./children.api";
import { ChildSearchResults } from "./ChildSearchResults";
import type { ChosenChild } from "./chosen-child";
import { RegisterChildForm } from "./RegisterChildForm";

/** Find the child by name or personal identity number, or register a child Kring does not know. */
export function ChildSearch({ onChoose }: { onChoose: (child: ChosenChild) => void }) {
  const { t } = useTranslation(["children", "common"]);
  const search = useChildSearch();
  const [q, setQ] = useState("");
  const [registering, setRegistering] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search.mutate(q.trim());
  };
  return (
    <Stack gap="sm">
      <form onSubmit={submit} role="search" aria-label={t("children:search.label")}>
        <Group align="flex-end" gap="xs">
          <TextInput
            type="search"
            label={t("children:search.label")}
            description={t("children:search.hint")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            maxLength={100}
            autoComplete="off"
            w={{ base: "100%", xs: 340 }}
          />
          <Button type="submit" loading={search.isPending}>
            {t("children:search.submit")}
          </Button>
        </Group>
      </form>
      {search.isPending && <Loader size="sm" aria-label={t("common:loading")} />}
      <ProblemAlert error={search.error} />
      {search.data && <ChildSearchResults results={search.data} onChoose={onChoose} />}
      {registering ? (
        <RegisterChildForm onRegistered={onChoose} onCancel={() => setRegistering(false)} />
      ) : (
        <Text size="sm">
          {t("children:register.prompt")}{" "}
          <Button variant="subtle" size="compact-sm" onClick={() => setRegistering(true)}>
            {t("children:register.open")}
          </Button>
        </Text>
      )}
    </Stack>
  );
}
