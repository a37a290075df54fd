import { Button, Fieldset, Group, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LEGEND_AS_LABEL } from "../shared/fieldset-styles";

interface DecisionsEditorProps {
  value: string[];
  onChange: (decisions: string[]) => void;
  errorFor: (field: string) => string | undefined;
}

/** The meeting's decisions, one per line; the last one shows on the case as "decided last". */
export function DecisionsEditor({ value, onChange, errorFor }: DecisionsEditorProps) {
  const { t } = useTranslation("meetings");
  const change = (index: number, text: string) =>
    onChange(value.map((d, i) => (i === index ? text : d)));
  return (
    <Fieldset legend={t("notes.decisions")} variant="unstyled" styles={LEGEND_AS_LABEL}>
      <Stack gap="xs">
        {value.map((decision, index) => (
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              label={t("notes.decision", { number: index + 1 })}
              value={decision}
              error={errorFor(`decisions.${index}`)}
              onChange={(event) => change(index, event.currentTarget.value)}
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
        ))}
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          onClick={() => onChange([...value, ""])}
        >
          {t("notes.addDecision")}
        </Button>
      </Stack>
    </Fieldset>
  );
}
