import { Button, Fieldset, Group, Select, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { todayInSweden } from "../cases/shared/format";
import { useChildSearch } from "../children/children.api";
import { useEnrol } from "./offer.api";

type Method = "written" | "oral" | "digital";

/** A suggestion from the attendance team names the child already; no search is needed. */
export interface FromSuggestion {
  id: string;
  childId: string;
  name: string;
  birthYear: number;
}

/**
 * Enrols a child found by full personal identity number (the search tells only that the child
 * exists, ADR 0016), or named by a suggestion, with the guardian's consent: who, how and when
 * (ADR 0042).
 */
export function EnrolForm({
  entryId,
  suggestion,
  onDone,
}: {
  entryId: string;
  suggestion?: FromSuggestion;
  onDone?: () => void;
}) {
  const { t } = useTranslation("offer");
  const announce = useAnnounce();
  const search = useChildSearch();
  const enrol = useEnrol(entryId);
  const [number, setNumber] = useState("");
  const [by, setBy] = useState("");
  const [method, setMethod] = useState<Method>("written");
  const [on, setOn] = useState(todayInSweden());
  const searched = search.data?.[0];
  const found = suggestion
    ? { id: suggestion.childId, name: suggestion.name, year: suggestion.birthYear }
    : searched && {
        id: searched.id,
        name: `${searched.givenName} ${searched.familyName}`,
        year: "birthYear" in searched ? searched.birthYear : Number(searched.birthDate.slice(0, 4)),
      };
  const name = found?.name ?? "";
  const year = found?.year ?? 0;
  return (
    <section aria-labelledby="enrol-title">
      <Fieldset
        legend={
          <span id="enrol-title">
            {suggestion ? t("enrol.fromSuggestion", { name }) : t("enrol.title")}
          </span>
        }
      >
        {!suggestion && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              search.mutate(number.trim());
            }}
          >
            <Group align="end">
              <TextInput
                label={t("enrol.personalNumber")}
                value={number}
                onChange={(e) => setNumber(e.currentTarget.value)}
              />
              <Button type="submit" variant="default" loading={search.isPending}>
                {t("enrol.find")}
              </Button>
            </Group>
          </form>
        )}
        {search.isError && <ProblemAlert error={search.error} />}
        {search.isSuccess && !found && <Text mt="xs">{t("enrol.notFound")}</Text>}
        {found && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              // The suggestion's row leaves the page once enrolled, so a callback of mutate()
              // would never run: the promise confirms even after this form is gone.
              enrol
                .mutateAsync({
                  childId: found.id,
                  consentGivenBy: by,
                  consentMethod: method,
                  consentOn: on,
                  suggestionId: suggestion?.id,
                })
                .then(() => {
                  announce(t("enrol.done", { name }));
                  search.reset();
                  setNumber("");
                  setBy("");
                  onDone?.();
                })
                .catch(() => undefined); // shown by the ProblemAlert below
            }}
          >
            <Text mt="sm" fw={600}>
              {t("enrol.found", { name, year })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
              <TextInput
                label={t("enrol.consentBy")}
                required
                value={by}
                onChange={(e) => setBy(e.currentTarget.value)}
              />
              <Select
                label={t("enrol.method")}
                data={(["written", "oral", "digital"] as const).map((m) => ({
                  value: m,
                  label: t(`entry.methods.${m}`),
                }))}
                value={method}
                onChange={(x) => setMethod(x ?? "written")}
              />
              <TextInput
                label={t("enrol.on")}
                type="date"
                required
                value={on}
                onChange={(e) => setOn(e.currentTarget.value)}
              />
            </SimpleGrid>
            {enrol.isError && <ProblemAlert error={enrol.error} />}
            <Button type="submit" mt="sm" loading={enrol.isPending}>
              {t("enrol.submit")}
            </Button>
          </form>
        )}
      </Fieldset>
    </section>
  );
}
