import { Badge, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { useAnnounce } from "../../../platform/ui/announcer";
import { GuardianForm, inputOf } from "./GuardianForm";
import {
  type ManagedGuardian,
  useAddGuardian,
  useChildGuardians,
  useRemoveGuardian,
  useUpdateGuardian,
} from "./guardians.api";
import { useGuardiansTexts } from "./guardians-texts";

/**
 * The child's guardians (ADR 0044), kept by the administrator and the intake roles: who has
 * custody, personal numbers for the e-ID sign-in, contact details. Phone first: one column.
 */
export function ChildGuardiansPage({ childId }: { childId: string }) {
  const { t } = useGuardiansTexts();
  const guardians = useChildGuardians(childId);
  if (guardians.isPending) return <Loader aria-label={t("common:loading")} />;
  if (guardians.isError) return <ProblemAlert error={guardians.error} />;
  const { child, custody } = guardians.data;
  const name = `${child.givenName} ${child.familyName}`;
  return (
    <>
      <PageTitle>{t("title", { name })}</PageTitle>
      <Stack gap="lg" maw={760}>
        <Text>{t("intro")}</Text>
        <Text fw={600}>{t(`custody.${custody}`)}</Text>
        <section aria-labelledby="guardian-list-title">
          <Title order={2} size="h3" id="guardian-list-title" mb="sm">
            {t("list")}
          </Title>
          <Stack gap="sm" component="ul" className="plain-list">
            {guardians.data.guardians.map((g) => (
              <GuardianCard key={g.id} childId={childId} guardian={g} />
            ))}
          </Stack>
        </section>
        <AddSection childId={childId} />
      </Stack>
    </>
  );
}

function GuardianCard({ childId, guardian: g }: { childId: string; guardian: ManagedGuardian }) {
  const { t } = useGuardiansTexts();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const update = useUpdateGuardian(childId);
  const remove = useRemoveGuardian(childId);
  const name = `${g.givenName} ${g.familyName}`;
  if (editing)
    return (
      <Card component="li" withBorder>
        <Title order={3} size="h4" mb="sm">
          {t("editLabel", { name })}
        </Title>
        <GuardianForm
          initial={g}
          submitLabel={t("save")}
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(values) =>
            update.mutate(
              { id: g.id, changes: inputOf(values) },
              {
                onSuccess: () => {
                  setEditing(false);
                  announce(t("saved", { name: `${values.givenName} ${values.familyName}` }));
                },
              },
            )
          }
        />
      </Card>
    );
  return (
    <Card component="li" withBorder>
      <Group justify="space-between" align="flex-start">
        <Text fw={700}>{name}</Text>
        <Badge color="dark" variant="outline">
          {g.custody ? t("hasCustody") : t("noCustody")}
        </Badge>
      </Group>
      <Text size="sm">
        {g.personalNumber ? `${t("personalNumber")}: ${g.personalNumber}` : t("noPersonalNumber")}
      </Text>
      {g.phone && <Text size="sm">{`${t("phone")}: ${g.phone}`}</Text>}
      {g.email && <Text size="sm">{`${t("email")}: ${g.email}`}</Text>}
      {g.custody && g.personalNumber && (
        <Text size="sm">{g.hasAccount ? t("account") : t("noAccount")}</Text>
      )}
      <ProblemAlert error={remove.error} />
      <Group mt="sm">
        <Button
          variant="light"
          aria-label={t("editLabel", { name })}
          onClick={() => setEditing(true)}
        >
          {t("edit")}
        </Button>
        <Button
          variant="default"
          aria-label={t("removeLabel", { name })}
          loading={remove.isPending}
          onClick={() => {
            if (!window.confirm(t("removeConfirm", { name }))) return;
            remove.mutate(g.id, { onSuccess: () => announce(t("removed", { name })) });
          }}
        >
          {t("remove")}
        </Button>
      </Group>
    </Card>
  );
}

function AddSection({ childId }: { childId: string }) {
  const { t } = useGuardiansTexts();
  const announce = useAnnounce();
  const add = useAddGuardian(childId);
  // A new form after each addition, so the fields are empty again.
  const [round, setRound] = useState(0);
  return (
    <section aria-labelledby="guardian-add-title">
      <Title order={2} size="h3" id="guardian-add-title" mb="sm">
        {t("addTitle")}
      </Title>
      <GuardianForm
        key={round}
        submitLabel={t("add")}
        pending={add.isPending}
        error={add.error}
        onSubmit={(values) =>
          add.mutate(inputOf(values), {
            onSuccess: () => {
              setRound((r) => r + 1);
              announce(t("added", { name: `${values.givenName} ${values.familyName}` }));
            },
          })
        }
      />
    </section>
  );
}
