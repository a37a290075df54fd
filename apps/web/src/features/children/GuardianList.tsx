import type { ChildDetail } from "@kring/contracts";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../cases/shared/links";

interface Props {
  guardians: ChildDetail["guardians"];
  /** The child's guardian page, for the administrator and the intake roles (ADR 0044). */
  manageChildId?: string | null;
}

/** The guardians, custody marked, with phone and email where protected identity does not hide them. */
export function GuardianList({ guardians, manageChildId }: Props) {
  const { t } = useTranslation("children");
  const manage = manageChildId && (
    <AnchorLink to="/children/$childId/guardians" params={{ childId: manageChildId }} size="sm">
      {t("manageGuardians")}
    </AnchorLink>
  );
  if (guardians.length === 0)
    return (
      <>
        <Text size="sm">{t("noGuardians")}</Text>
        {manage}
      </>
    );
  return (
    <>
      <Text size="sm" fw={600}>
        {t("guardians")}
      </Text>
      <ul className="plain-list">
        {guardians.map((g) => (
          <Text component="li" size="sm" key={g.id}>
            {g.givenName} {g.familyName}
            {!g.custody && ` (${t("withoutCustody")})`}
            {[g.phone, g.email].some(Boolean) &&
              `: ${[g.phone, g.email].filter(Boolean).join(", ")}`}
          </Text>
        ))}
      </ul>
      {manage}
    </>
  );
}

/** Those who consent and agree: the guardians with custody (ADR 0044). */
export const withCustody = <G extends { custody: boolean }>(guardians: G[] | undefined) =>
  guardians?.filter((g) => g.custody);
