import type { ChildOutcomes } from "@kring/contracts";
import { Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useInstrumentLabels } from "../instrument-labels";
import { M, W, xOf } from "./TimeChart";
import { msOf, termDate } from "./time-scale";
import { useInstrumentsTexts } from "../instruments-texts";

const PASS = ["A", "B", "C", "D", "E"];
const byTerm = (a: string, b: string) => termDate(a).localeCompare(termDate(b));

/** Grades per subject and term and the year-3 tests, placed on the charts' time axis too. */
export function SchoolSection({
  grades,
  year3,
  domain,
}: {
  grades: ChildOutcomes["grades"];
  year3: ChildOutcomes["year3"];
  domain: [number, number];
}) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  const terms = [...new Set(grades.map((g) => g.term))].sort(byTerm);
  const subjects = [...new Set(grades.map((g) => g.subject))].sort();
  const year3Terms = [...new Set(year3.map((r) => r.term))].sort(byTerm);
  if (terms.length === 0 && year3Terms.length === 0)
    return <Text>{t("outcomes.school.none")}</Text>;
  const x = xOf(domain);
  const events = [
    ...terms.map((term) => {
      const g = grades.filter((x) => x.term === term);
      const passed = g.filter((x) => PASS.includes(x.grade)).length;
      return { term, text: t("outcomes.school.passed", { term, passed, total: g.length }) };
    }),
    ...year3Terms.map((term) => {
      const r = year3.filter((x) => x.term === term);
      const met = r.filter((x) => x.result === "met").length;
      return { term, text: t("outcomes.school.year3Met", { term, met, total: r.length }) };
    }),
  ].filter((e) => msOf(termDate(e.term)) >= domain[0]);
  return (
    <Stack gap="md">
      {events.length > 0 && (
        <svg
          viewBox={`0 0 ${W} ${24 + events.length * 18}`}
          width="100%"
          style={{ maxWidth: W }}
          role="img"
          aria-label={t("outcomes.school.strip", { list: events.map((e) => e.text).join("; ") })}
        >
          <line x1={M.left} x2={W - M.right} y1={8} y2={8} stroke="#555" />
          {events.map((e, i) => {
            const at = x(msOf(termDate(e.term)));
            return (
              <g key={e.text}>
                <line x1={at} x2={at} y1={2} y2={14 + i * 18} stroke="#000" strokeDasharray="2 2" />
                <text x={Math.min(at + 4, W - 200)} y={26 + i * 18} fontSize="12" fill="#000">
                  {e.text}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {terms.length > 0 && (
        <Table.ScrollContainer minWidth={360}>
          <Table striped withTableBorder>
            <Table.Caption>{t("outcomes.school.gradesCaption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("outcomes.school.subject")}</Table.Th>
                {terms.map((term) => (
                  <Table.Th scope="col" key={term}>
                    {term}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {subjects.map((subject) => (
                <Table.Tr key={subject}>
                  <Table.Th scope="row">{labels.subject(subject)}</Table.Th>
                  {terms.map((term) => (
                    <Table.Td key={term}>
                      {grades.find((g) => g.subject === subject && g.term === term)?.grade ?? "–"}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {year3Terms.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t("outcomes.school.year3")}
          </Title>
          <Table striped withTableBorder>
            <Table.Caption>{t("outcomes.school.year3Caption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("outcomes.school.term")}</Table.Th>
                <Table.Th scope="col">{t("outcomes.school.area")}</Table.Th>
                <Table.Th scope="col">{t("outcomes.school.result")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {year3.map((r) => (
                <Table.Tr key={`${r.term}-${r.area}`}>
                  <Table.Td>{r.term}</Table.Td>
                  <Table.Td>{labels.year3Area(r.area)}</Table.Td>
                  <Table.Td>{labels.year3Result(r.result)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
