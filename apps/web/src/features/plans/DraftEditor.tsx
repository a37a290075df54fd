import type { PlanDetail } from "@kring/contracts";
import { Button, Checkbox, Fieldset, Stack, TextInput, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../platform/api/api-error";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { ConflictNotice } from "./ConflictNotice";
import { removeAt, replaceAt } from "../../platform/forms/list-edits";
import { type Content, type Member, newGoal, newMeasure, responsibleChoices } from "./draft-model";
import { GoalFields } from "./GoalFields";
import { OrganisationField } from "./OrganisationField";
import { usePlanActions } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

type Draft = NonNullable<PlanDetail["draft"]>;

/** The network writes the plan together: needs, goals, actions, others' measures, views. */
export function DraftEditor({
  caseId,
  draft,
  members,
  onReload,
}: {
  caseId: string;
  draft: Draft;
  members: Member[];
  onReload: () => void;
}) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const announce = useAnnounce();
  const { save } = usePlanActions(caseId);
  const [c, setC] = useState<Content>(draft.content);
  const people = responsibleChoices(members, draft.familyMembers, {
    guardian: t("familyRole.guardian"),
    child: t("familyRole.child"),
  });
  // The revision this editor started from: a save after someone else's stays refused (409)
  // until the user takes in their version, so nothing is silently overwritten.
  const [base, setBase] = useState(draft.revision);
  const set = <K extends keyof Content>(key: K, value: Content[K]) => setC({ ...c, [key]: value });
  const area = (key: "needs" | "childView" | "guardiansView" | "internalNotes", label: string) => (
    <Textarea
      label={label}
      autosize
      minRows={2}
      value={c[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
    />
  );
  return (
    <form
      aria-label={t("draft.title", { n: draft.basedOnVersion + 1 })}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { revision: base, content: c },
          {
            onSuccess: (r) => {
              setBase(r.revision);
              announce(t("draft.saved"));
            },
          },
        );
      }}
    >
      <Stack>
        <ConflictNotice
          error={save.error}
          onReload={() => {
            save.reset();
            setC(draft.content);
            setBase(draft.revision);
            onReload();
          }}
        />
        {!(save.error instanceof ApiError && save.error.status === 409) && (
          <ProblemAlert error={save.error} />
        )}
        {area("needs", t("section.needs"))}
        <Title order={3}>{t("section.goals")}</Title>
        {c.goals.map((g, i) => (
          <GoalFields
            key={g.id}
            goal={g}
            n={i + 1}
            people={people}
            onChange={(next) => set("goals", replaceAt(c.goals, i, next))}
            onRemove={() => set("goals", removeAt(c.goals, i))}
          />
        ))}
        <Button variant="light" onClick={() => set("goals", [...c.goals, newGoal()])}>
          {t("addGoal")}
        </Button>
        <Fieldset legend={t("section.measures")}>
          {c.measuresByOthers.map((m, i) => (
            <Stack key={m.id} gap={4} mb="xs">
              <TextInput
                label={`${t("field.measure")} ${i + 1}`}
                value={m.description}
                onChange={(e) =>
                  set(
                    "measuresByOthers",
                    replaceAt(c.measuresByOthers, i, { ...m, description: e.currentTarget.value }),
                  )
                }
              />
              <OrganisationField
                label={t("field.measureBy")}
                value={m.by}
                onChange={(by) =>
                  set(
                    "measuresByOthers",
                    replaceAt(c.measuresByOthers, i, {
                      ...m,
                      by: by ?? { unitId: null, name: "" },
                    }),
                  )
                }
              />
            </Stack>
          ))}
          <Button
            variant="light"
            onClick={() => set("measuresByOthers", [...c.measuresByOthers, newMeasure()])}
          >
            {t("addMeasure")}
          </Button>
          <Checkbox
            mt="sm"
            label={t("field.noMeasures")}
            checked={c.noMeasuresByOthers}
            onChange={(e) => set("noMeasuresByOthers", e.currentTarget.checked)}
          />
        </Fieldset>
        <OrganisationField
          label={t("field.lead")}
          value={c.leadUnit}
          onChange={(leadUnit) => set("leadUnit", leadUnit)}
        />
        {area("childView", t("section.childView"))}
        {area("guardiansView", t("section.guardiansView"))}
        {area("internalNotes", t("section.internalNotes"))}
        <Button type="submit" loading={save.isPending}>
          {t("draft.save")}
        </Button>
      </Stack>
    </form>
  );
}
