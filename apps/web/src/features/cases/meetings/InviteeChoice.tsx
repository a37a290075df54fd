import type { CaseDetail } from "@kring/contracts";
import { Checkbox, Fieldset, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { optionsOnce } from "../../../platform/forms/options-once";
import { useCaseLabels } from "../shared/case-labels";
import { LEGEND_AS_LABEL } from "../shared/fieldset-styles";
import { useMeetingsTexts } from "./meetings-texts";

type Member = CaseDetail["members"][number];

interface InviteeChoiceProps {
  members: CaseDetail["members"];
  value: string[];
  onChange: (memberIds: string[]) => void;
}

/**
 * The network's people, each once: someone who is both contact person and participant gets one
 * invitation (through their first membership), not two.
 */
export function inviteeOptions(members: Member[], roleLabel: (role: string) => string) {
  const person = (m: Member) => m.userId ?? m.id;
  return optionsOnce(
    members,
    (m) => members.find((first) => person(first) === person(m))!.id,
    (same) => `${same[0]!.displayName} (${same.map((m) => roleLabel(m.role)).join(", ")})`,
  );
}

/** Whom of the network to invite; everyone to start with. */
export function InviteeChoice({ members, value, onChange }: InviteeChoiceProps) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const labels = useCaseLabels();
  const options = inviteeOptions(members, labels.caseRole);
  return (
    <Fieldset legend={t("plan.invitees")} variant="unstyled" styles={LEGEND_AS_LABEL}>
      {options.length === 0 ? (
        <Text size="sm">{t("plan.noMembers")}</Text>
      ) : (
        <Stack gap={6}>
          {options.map((o) => (
            <Checkbox
              key={o.value}
              label={o.label}
              checked={value.includes(o.value)}
              onChange={(event) =>
                onChange(
                  event.currentTarget.checked
                    ? [...value, o.value]
                    : value.filter((id) => id !== o.value),
                )
              }
            />
          ))}
        </Stack>
      )}
    </Fieldset>
  );
}
