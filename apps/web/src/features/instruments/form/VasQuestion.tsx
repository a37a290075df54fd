import type { FormDefinition } from "@kring/contracts";
import { Group, Input, Slider, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FormState } from "./answers-model";
import { useInstrumentsTexts } from "../instruments-texts";

type VasItem = Extract<FormDefinition, { layout: "vas" }>["items"][number];

interface Props {
  item: VasItem;
  state: FormState;
  onChange: (next: FormState) => void;
  error?: string | undefined;
}

/**
 * A mark on a 0-10 line, to the tenth. The slider is named by the question and announces its
 * value; until the respondent moves it, the question counts as unanswered (no default mark).
 */
export function VasQuestion({ item, state, onChange, error }: Props) {
  useInstrumentsTexts();
  const { t, i18n } = useTranslation("instruments");
  const value = state.vas[item.key] ?? null;
  const id = `vas-${item.key}`;
  const number = (v: number) => v.toLocaleString(i18n.language === "en" ? "en-GB" : "sv-SE");
  return (
    <Input.Wrapper
      id={id}
      label={item.label}
      labelElement="div"
      error={error}
      errorProps={{ id: `${id}-error` }}
      description={
        value === null ? t("form.vas.notMarked") : t("form.vas.value", { value: number(value) })
      }
      descriptionProps={{ id: `${id}-value` }}
    >
      <Slider
        mt="md"
        mb="xs"
        min={0}
        max={10}
        step={0.1}
        precision={1}
        size="lg"
        thumbSize={28}
        value={value ?? 5}
        onChange={(v) => onChange({ ...state, vas: { ...state.vas, [item.key]: v } })}
        thumbLabel={item.label}
        thumbValueText={(v) =>
          value === null ? t("form.vas.notMarked") : t("form.vas.value", { value: number(v) })
        }
        label={(v) => number(v)}
        color={value === null ? "gray" : undefined}
        thumbProps={{ "aria-describedby": error ? `${id}-error` : `${id}-value` }}
        marks={[{ value: 0 }, { value: 5 }, { value: 10 }]}
      />
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">{item.low}</Text>
        <Text size="sm" ta="right">
          {item.high}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}
