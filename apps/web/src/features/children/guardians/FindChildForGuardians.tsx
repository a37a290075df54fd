import { Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { ApiError } from "../../../platform/api/api-error";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { useFindChildForGuardians } from "./guardians.api";
import { useGuardiansTexts } from "./guardians-texts";

/** Administration → Vårdnadshavare: the administrator reaches a child by full personal number. */
export function FindChildForGuardians() {
  const { t } = useGuardiansTexts();
  useDocumentTitle(t("find.title"));
  const navigate = useNavigate();
  const find = useFindChildForGuardians();
  const [number, setNumber] = useState("");
  const notFound = find.error instanceof ApiError && find.error.status === 404;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    find.mutate(number.trim(), {
      onSuccess: ({ childId }) =>
        void navigate({ to: "/children/$childId/guardians", params: { childId } }),
    });
  };
  return (
    <section aria-labelledby="find-guardians-title">
      <Title order={2} id="find-guardians-title" mb="xs">
        {t("find.title")}
      </Title>
      <Text mb="md" maw={720}>
        {t("find.intro")}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          {notFound ? (
            <Text role="alert">{t("find.notFound")}</Text>
          ) : (
            <ProblemAlert error={find.error} />
          )}
          <TextInput
            label={t("find.label")}
            required
            autoComplete="off"
            inputMode="numeric"
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={find.isPending}>
              {t("find.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
