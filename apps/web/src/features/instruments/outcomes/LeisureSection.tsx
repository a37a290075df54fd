import type { ChildOutcomes } from "@kring/contracts";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../cases/shared/format";
import { useInstrumentsTexts } from "../instruments-texts";

type Leisure = ChildOutcomes["leisure"];

/** The child's leisure activities of the joint offer, beside school results (issue #22). */
export function LeisureSection({ leisure }: { leisure: Leisure }) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const format = useFormat();
  if (leisure.length === 0) return <Text>{t("outcomes.leisure.none")}</Text>;
  return (
    <ul>
      {leisure.map((l, i) => (
        <li key={i}>
          {l.to
            ? t("outcomes.leisure.ended", {
                name: l.entryName,
                from: format.date(l.from),
                to: format.date(l.to),
              })
            : t("outcomes.leisure.since", { name: l.entryName, from: format.date(l.from) })}
          {l.sessions.length > 0 &&
            ` ${t("outcomes.leisure.attended", {
              present: l.sessions.filter((s) => s.present).length,
              total: l.sessions.length,
            })}`}
        </li>
      ))}
    </ul>
  );
}
