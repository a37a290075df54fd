import type { PlanContentBody, PlanDetail } from "@kring/contracts";
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  GOAL_LEVELS,
  GOAL_LEVEL_LABELS,
  type ActionStatus,
  type GoalLevel,
} from "@kring/domain/plans";
import {
  Button,
  Card,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Stack,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { usePlanActions } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/** A follow-up: each goal assessed on the scale, each action's status and a note. */
export function FollowUpForm({
  caseId,
  content,
  tracks,
}: {
  caseId: string;
  content: PlanContentBody;
  tracks: PlanDetail["actions"];
}) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const language = useLanguage();
  const announce = useAnnounce();
  const { followUp } = usePlanActions(caseId);
  const [heldOn, setHeldOn] = useState(today());
  const [summary, setSummary] = useState("");
  const [levels, setLevels] = useState<Record<string, GoalLevel>>({});
  const statusOf = (id: string) => tracks.find((x) => x.actionId === id)?.status ?? "planned";
  const [actions, setActions] = useState<Record<string, { status: ActionStatus; note: string }>>(
    {},
  );
  return (
    <Card withBorder component="section" aria-labelledby="follow-up">
      <Title order={2} size="h3" id="follow-up">
        {t("followUp.title")}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          followUp.mutate(
            {
              heldOn,
              summary,
              assessments: Object.entries(levels).map(([goalId, level]) => ({ goalId, level })),
              actions: Object.entries(actions).map(([actionId, a]) => ({ actionId, ...a })),
            },
            {
              onSuccess: () => {
                setLevels({});
                setActions({});
                setSummary("");
                announce(t("followUp.saved"));
              },
            },
          );
        }}
      >
        <Stack>
          <ProblemAlert error={followUp.error} />
          <TextInput
            type="date"
            label={t("followUp.date")}
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            required
          />
          {content.goals.map((g) => (
            <Fieldset key={g.id} legend={g.text}>
              <Radio.Group
                label={t("followUp.goalLevel")}
                value={levels[g.id] ?? ""}
                onChange={(v) => setLevels({ ...levels, [g.id]: v as GoalLevel })}
                required
              >
                <Group mt={4}>
                  {GOAL_LEVELS.map((l) => (
                    <Radio key={l} value={l} label={GOAL_LEVEL_LABELS[l][language]} />
                  ))}
                </Group>
              </Radio.Group>
              {g.actions.map((a) => (
                <Group key={a.id} grow align="flex-end" mt="xs">
                  <NativeSelect
                    label={`${t("followUp.status")}: ${a.description}`}
                    data={ACTION_STATUSES.map((s) => ({
                      value: s,
                      label: ACTION_STATUS_LABELS[s][language],
                    }))}
                    value={actions[a.id]?.status ?? statusOf(a.id)}
                    onChange={(e) =>
                      setActions({
                        ...actions,
                        [a.id]: {
                          note: actions[a.id]?.note ?? "",
                          status: e.currentTarget.value as ActionStatus,
                        },
                      })
                    }
                  />
                  <TextInput
                    label={`${t("followUp.note")}: ${a.description}`}
                    value={actions[a.id]?.note ?? ""}
                    onChange={(e) =>
                      setActions({
                        ...actions,
                        [a.id]: {
                          status: actions[a.id]?.status ?? statusOf(a.id),
                          note: e.currentTarget.value,
                        },
                      })
                    }
                  />
                </Group>
              ))}
            </Fieldset>
          ))}
          <Textarea
            label={t("followUp.summary")}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Button type="submit" loading={followUp.isPending}>
            {t("followUp.save")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
