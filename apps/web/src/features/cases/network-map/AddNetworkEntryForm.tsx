import { Button, Card, NativeSelect, SimpleGrid, TextInput, Title } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useAddNetworkEntry } from "../api/network-map.api";
import type { NetworkMapEntryBody } from "../shared/case-types";
import { SECTORS } from "./map-layout";
import { useNetworkMapTexts } from "./networkMap-texts";

/** Put someone on the map: which network, which sector, how close to the child. */
export function AddNetworkEntryForm({ caseId }: { caseId: string }) {
  useNetworkMapTexts();
  const { t } = useTranslation(["networkMap", "common"]);
  const announce = useAnnounce();
  const add = useAddNetworkEntry(caseId);
  const form = useFormValues({
    network: "private",
    sector: "family",
    name: "",
    relation: "",
    closeness: "1",
  });
  const { formRef, errorFor } = useFieldErrors(
    add.error,
    t("networkMap:add.hints", { returnObjects: true }),
  );
  const network = form.values.network as NetworkMapEntryBody["network"];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = {
      ...v,
      network,
      sector: v.sector as NetworkMapEntryBody["sector"],
      closeness: Number(v.closeness),
      unitId: null,
    };
    add.mutate(input, {
      onSuccess: () => {
        announce(t("networkMap:add.done", { name: v.name.trim() }));
        form.set("name", "");
        form.set("relation", "");
      },
    });
  };
  return (
    <Card component="section" aria-labelledby="add-entry-title" withBorder padding="md">
      <Title order={2} size="h4" id="add-entry-title" mb="sm">
        {t("networkMap:add.title")}
      </Title>
      <ProblemAlert error={add.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <NativeSelect
            label={t("networkMap:add.network")}
            data={(["private", "professional"] as const).map((n) => ({
              value: n,
              label: t(`networkMap:${n}`),
            }))}
            name="network"
            value={form.values.network}
            onChange={(event) => {
              const next = event.currentTarget.value as keyof typeof SECTORS;
              form.set("network", next);
              form.set("sector", SECTORS[next][0]);
            }}
          />
          <NativeSelect
            label={t("networkMap:add.sector")}
            data={SECTORS[network].map((s) => ({ value: s, label: t(`networkMap:sectors.${s}`) }))}
            error={errorFor("sector")}
            {...form.bind("sector")}
          />
          <NativeSelect
            label={t("networkMap:add.closeness")}
            data={["1", "2", "3"].map((c) => ({
              value: c,
              label: t(`networkMap:closeness.${c}` as "networkMap:closeness.1"),
            }))}
            error={errorFor("closeness")}
            {...form.bind("closeness")}
          />
          <TextInput
            label={t("networkMap:add.name")}
            required
            autoComplete="off"
            error={errorFor("name")}
            {...form.bind("name")}
          />
          <TextInput
            label={`${t("networkMap:add.relation")} (${t("common:optional")})`}
            autoComplete="off"
            error={errorFor("relation")}
            {...form.bind("relation")}
          />
        </SimpleGrid>
        <Button type="submit" mt="md" loading={add.isPending}>
          {t("networkMap:add.submit")}
        </Button>
      </form>
    </Card>
  );
}
