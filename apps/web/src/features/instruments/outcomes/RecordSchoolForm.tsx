import { SCHOOL_SUBJECTS } from "@kring/contracts";
import { Button, Group, NativeSelect, Stack, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../../platform/ui/announcer";
import { useRecordSchoolOutcomes } from "../instruments.api";
import { useInstrumentLabels } from "../instrument-labels";
import { useInstrumentsTexts } from "../instruments-texts";

const GRADES = ["A", "B", "C", "D", "E", "F", "-"] as const;
const AREAS = ["reading", "writing", "mathematics"] as const;
const RESULTS = ["met", "not_met", "absent"] as const;

/** School staff or a coordinator records a grade, or the year-3 results, as the school reports. */
export function RecordSchoolForm({ childId }: { childId: string }) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  const announce = useAnnounce();
  const { grades, year3 } = useRecordSchoolOutcomes(childId);
  const [grade, setGrade] = useState({ term: "", schoolYear: "6", subject: "MA", grade: "E" });
  const [test, setTest] = useState({
    term: "",
    reading: "met",
    writing: "met",
    mathematics: "met",
  });
  const gradeErrors = useFieldErrors(grades.error, { term: t("record.hint.term") });
  const testErrors = useFieldErrors(year3.error, { term: t("record.hint.term") });
  return (
    <Stack gap="lg">
      <form
        ref={gradeErrors.formRef}
        aria-labelledby="record-grade"
        onSubmit={(e) => {
          e.preventDefault();
          grades.mutate(
            {
              term: grade.term,
              schoolYear: Number(grade.schoolYear),
              grades: [{ subject: grade.subject as "MA", grade: grade.grade as "E" }],
            },
            { onSuccess: () => announce(t("record.gradeSaved")) },
          );
        }}
      >
        <Title order={3} size="h4" id="record-grade" mb="xs">
          {t("record.gradeTitle")}
        </Title>
        <ProblemAlert error={grades.error} />
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t("record.term")}
            description={t("record.termHint")}
            value={grade.term}
            required
            error={gradeErrors.errorFor("term")}
            onChange={(e) =>
              setGrade({ ...grade, term: e.currentTarget.value.trim().toUpperCase() })
            }
          />
          <NativeSelect
            label={t("record.schoolYear")}
            value={grade.schoolYear}
            data={["1", "2", "3", "4", "5", "6", "7", "8", "9"]}
            onChange={(e) => setGrade({ ...grade, schoolYear: e.currentTarget.value })}
          />
          <NativeSelect
            label={t("record.subject")}
            value={grade.subject}
            data={SCHOOL_SUBJECTS.map((s) => ({ value: s, label: labels.subject(s) }))}
            onChange={(e) => setGrade({ ...grade, subject: e.currentTarget.value })}
          />
          <NativeSelect
            label={t("record.grade")}
            value={grade.grade}
            data={[...GRADES]}
            onChange={(e) => setGrade({ ...grade, grade: e.currentTarget.value })}
          />
          <Button type="submit" loading={grades.isPending}>
            {t("record.saveGrade")}
          </Button>
        </Group>
      </form>
      <form
        ref={testErrors.formRef}
        aria-labelledby="record-year3"
        onSubmit={(e) => {
          e.preventDefault();
          year3.mutate(
            {
              term: test.term,
              results: AREAS.map((area) => ({ area, result: test[area] as "met" })),
            },
            { onSuccess: () => announce(t("record.year3Saved")) },
          );
        }}
      >
        <Title order={3} size="h4" id="record-year3" mb="xs">
          {t("record.year3Title")}
        </Title>
        <ProblemAlert error={year3.error} />
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t("record.term")}
            description={t("record.termHint")}
            value={test.term}
            required
            error={testErrors.errorFor("term")}
            onChange={(e) => setTest({ ...test, term: e.currentTarget.value.trim().toUpperCase() })}
          />
          {AREAS.map((area) => (
            <NativeSelect
              key={area}
              label={labels.year3Area(area)}
              value={test[area]}
              data={RESULTS.map((r) => ({ value: r, label: labels.year3Result(r) }))}
              onChange={(e) => setTest({ ...test, [area]: e.currentTarget.value })}
            />
          ))}
          <Button type="submit" loading={year3.isPending}>
            {t("record.saveYear3")}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
