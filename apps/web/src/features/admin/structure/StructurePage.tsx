import type { Unit } from "@kring/contracts";
import { Loader, SimpleGrid, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { AddUnitForm } from "./AddUnitForm";
import { AreaForm } from "./AreaForm";
import { EditUnitModal } from "./EditUnitModal";
import { OrganisationForm } from "./OrganisationForm";
import { OrganisationsOverview } from "./OrganisationsOverview";
import { useStructure } from "./structure.api";
import { UnitsOverview } from "./UnitsOverview";

/** The municipality's and region's organisations, areas and units. */
export function StructurePage() {
  const { t } = useTranslation(["admin", "common"]);
  useDocumentTitle(t("admin:sections.structure"), t("admin:title"));
  const structure = useStructure();
  const [editing, setEditing] = useState<Unit | null>(null);

  if (structure.isPending) return <Loader aria-label={t("common:loading")} />;
  if (structure.isError) return <ProblemAlert error={structure.error} />;
  const data = structure.data;

  return (
    <>
      <section aria-labelledby="units-title">
        <Title order={2} id="units-title" mb="sm">
          {t("admin:structure.unitsTitle")}
        </Title>
        <UnitsOverview structure={data} onEdit={setEditing} />
        <AddUnitForm structure={data} />
      </section>
      <section aria-labelledby="organisations-title">
        <Title order={2} id="organisations-title" mt="xl" mb="sm">
          {t("admin:structure.organisationsTitle")}
        </Title>
        <OrganisationsOverview structure={data} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <AreaForm structure={data} />
          <OrganisationForm />
        </SimpleGrid>
      </section>
      {editing && (
        <EditUnitModal unit={editing} structure={data} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
