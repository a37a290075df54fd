import type { FormDefinition, InstrumentAnswers, InstrumentScores } from "@kring/contracts";
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useInstrumentLabels } from "../instrument-labels";
import { ScoreSummary } from "./ScoreSummary";
import { useInstrumentsTexts } from "../instruments-texts";

const SDQ_SCALES = [
  "emotional", "conduct", "hyperactivity", "peer", "prosocial", "total", "externalising", "internalising", "impact",
] as const; // prettier-ignore

type SdqForm = Extract<FormDefinition, { layout: "sdq" }>;

/**
 * The answer to "does the child have difficulties?" as ticked. Answers stored before the four
 * options were kept say only no (noDifficulties) or, by the impact questions, some.
 */
function overallAnswer(form: SdqForm, answers: InstrumentAnswers, blank: string): string {
  if (!("answers" in answers)) return blank;
  if (answers.difficulties !== null && answers.difficulties !== undefined)
    return form.difficultiesOptions[answers.difficulties] ?? String(answers.difficulties);
  if (answers.noDifficulties) return form.difficultiesOptions[0] ?? blank;
  return blank;
}

/** An answered form: the scores first, then every answer as given. */
export function AnswersView({
  form,
  answers,
  scores,
}: {
  form: FormDefinition;
  answers: InstrumentAnswers;
  scores: InstrumentScores | null;
}) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  const rows: [string, string][] =
    "answers" in answers && form.layout === "sdq"
      ? [
          ...answers.answers.map((a, i): [string, string] => [
            `${i + 1}. ${form.items[i]?.text ?? ""}`,
            a === null ? t("answers.blank") : (form.options[a] ?? String(a)),
          ]),
          [form.difficultiesQuestion, overallAnswer(form, answers, t("answers.blank"))],
          ...(answers.impact ?? []).map((a, i): [string, string] => [
            form.impactItems[i]?.text ?? "",
            a === null ? t("answers.blank") : (form.impactOptions[a] ?? String(a)),
          ]),
        ]
      : "items" in answers && form.layout === "vas"
        ? form.items.map((item): [string, string] => [
            item.label,
            String((answers.items as Record<string, number>)[item.key] ?? "–"),
          ])
        : [];
  return (
    <>
      {scores && <ScoreSummary scores={scores} />}
      {scores?.instrument === "sdq" && (
        <Table.ScrollContainer minWidth={360} mt="sm">
          <Table striped>
            <Table.Caption>{t("answers.scoresCaption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("answers.scale")}</Table.Th>
                <Table.Th scope="col">{t("answers.score")}</Table.Th>
                <Table.Th scope="col">{t("answers.band")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {SDQ_SCALES.map((s) => (
                <Table.Tr key={s}>
                  <Table.Th scope="row">{labels.scale(s)}</Table.Th>
                  <Table.Td>{scores.scores[s] ?? "–"}</Table.Td>
                  <Table.Td>{labels.band(scores.bands3[s] ?? null)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Table.ScrollContainer minWidth={360} mt="md">
        <Table striped>
          <Table.Caption>{t("answers.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("answers.question")}</Table.Th>
              <Table.Th scope="col">{t("answers.answer")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([q, a], i) => (
              <Table.Tr key={i}>
                <Table.Td>{q}</Table.Td>
                <Table.Td>{a}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!form.licensed && (
        <Text size="sm" c="dimmed" mt="xs">
          {t("answers.placeholders")}
        </Text>
      )}
    </>
  );
}
