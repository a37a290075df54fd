import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../platform/i18n/page-texts";
import { CaseSection } from "../cases/case/CaseSection";
import { useFormat } from "../cases/shared/format";
import { AnchorLink } from "../cases/shared/links";
import { useCaseEarlySupport } from "./early-support.api";
import { earlySupportEn } from "./early-support.en";
import { earlySupportSv } from "./early-support.sv";

/**
 * "Tidigt stöd före ärendet" on the case page: the early support the request was raised from,
 * for the network only when the family agreed (the server's rule, ADR 0041). Nothing at all is
 * shown otherwise, not even that there was early support.
 */
export function CaseEarlySupport({ caseId }: { caseId: string }) {
  usePageTexts("earlySupport", earlySupportSv, earlySupportEn);
  const { t } = useTranslation("earlySupport");
  const format = useFormat();
  const contacts = useCaseEarlySupport(caseId);
  if (!contacts.data?.length) return null;
  return (
    <CaseSection title={t("caseTitle")}>
      {contacts.data.map((c) => (
        <div key={c.id}>
          <Text size="sm">
            {t("caseFrom", {
              unit: c.unitName,
              name: c.recordedByName,
              date: format.date(c.createdAt),
            })}
          </Text>
          {c.sharedWithNetwork && (
            <Text size="sm">{t("caseShared", { by: c.sharingAgreedBy })}</Text>
          )}
          <AnchorLink to="/early-support/$contactId" params={{ contactId: c.id }} size="sm">
            {t("caseOpen")}
          </AnchorLink>
        </div>
      ))}
    </CaseSection>
  );
}
