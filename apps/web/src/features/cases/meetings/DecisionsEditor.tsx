import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LEGEND_AS_LABEL } from "../shared/fieldset-styles";
import { useMeetingsTexts } from "./meetings-texts";

/** A decision as the form holds it; owner and date make it the owner's task once held. */
export interface DecisionDraft {
  text: string;
  ownerMemberId: string | null;
  dueDate: string | null;
}

export const draftOf = (text: string): DecisionDraft => ({
  text,
  ownerMemberId: null,
  dueDate: null,
});

interface DecisionsEditorProps {
  value: DecisionDraft[];
  onChange: (decisions: DecisionDraft[]) => void;
  errorFor: (field: string) => string | undefined;
  /** The network's people who may own a decision; without them, words only (corrections). */
  owners?: { value: string; label: string }[];
}

/** The meeting's decisions, one per line; the last one shows on the case as "decided last". */
export function DecisionsEditor({ value, onChange, errorFor, owners }: DecisionsEditorProps) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const change = (index: number, patch: Partial<DecisionDraft>) =>
    onChange(value.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <Fieldset legend={t("notes.decisions")} variant="unstyled" styles={LEGEND_AS_LABEL}>
      <Stack gap="sm">
        {value.map((decision, index) => (
          <Stack key={index} gap={4}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                label={t("notes.decision", { number: index + 1 })}
                value={decision.text}
                error={errorFor(`decisions.${index}`) ?? errorFor(`decisions.${index}.text`)}
                onChange={(event) => change(index, { text: event.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <Button
                variant="default"
                size="xs"
                mt={26}
                aria-label={t("notes.removeDecisionLabel", { number: index + 1 })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t("notes.removeDecision")}
              </Button>
            </Group>
            {owners && (
              <Group gap="xs" grow>
                <NativeSelect
                  label={t("notes.owner", { number: index + 1 })}
                  data={[{ value: "", label: t("notes.noOwner") }, ...owners]}
                  value={decision.ownerMemberId ?? ""}
                  onChange={(event) =>
                    change(index, { ownerMemberId: event.currentTarget.value || null })
                  }
                />
                <TextInput
                  type="date"
                  label={t("notes.dueDate", { number: index + 1 })}
                  value={decision.dueDate ?? ""}
                  error={errorFor(`decisions.${index}.dueDate`)}
                  onChange={(event) =>
                    change(index, { dueDate: event.currentTarget.value || null })
                  }
                />
              </Group>
            )}
          </Stack>
        ))}
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          onClick={() => onChange([...value, draftOf("")])}
        >
          {t("notes.addDecision")}
        </Button>
      </Stack>
    </Fieldset>
  );
}
