import { Button, Fieldset, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ActionFields } from "./ActionFields";
import { removeAt, replaceAt } from "../../platform/forms/list-edits";
import { type Goal, type Responsible, newAction } from "./draft-model";
import { usePlansTexts } from "./plans-texts";

interface Props {
  goal: Goal;
  n: number;
  people: { network: Responsible[]; family: Responsible[] };
  onChange: (g: Goal) => void;
  onRemove: () => void;
}

/** A goal, in the network's words and the child's, with the actions that serve it. */
export function GoalFields({ goal, n, people, onChange, onRemove }: Props) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  return (
    <Fieldset legend={t("goalN", { n })}>
      <Stack gap="xs">
        <TextInput
          label={t("field.goalText")}
          value={goal.text}
          onChange={(e) => onChange({ ...goal, text: e.currentTarget.value })}
        />
        <TextInput
          label={t("field.childWords")}
          value={goal.childWords}
          onChange={(e) => onChange({ ...goal, childWords: e.currentTarget.value })}
        />
        {goal.actions.map((a, i) => (
          <ActionFields
            key={a.id}
            action={a}
            label={t("actionN", { n: i + 1 })}
            people={people}
            onChange={(next) => onChange({ ...goal, actions: replaceAt(goal.actions, i, next) })}
            onRemove={() => onChange({ ...goal, actions: removeAt(goal.actions, i) })}
          />
        ))}
        <Button
          variant="light"
          onClick={() => onChange({ ...goal, actions: [...goal.actions, newAction()] })}
        >
          {t("addAction")}
        </Button>
        <Button variant="subtle" color="red" onClick={onRemove} aria-label={t("removeGoal", { n })}>
          {t("remove")}
        </Button>
      </Stack>
    </Fieldset>
  );
}
