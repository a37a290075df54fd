import type { CaseDetail } from "@kring/contracts";
import { Checkbox, Fieldset, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../shared/case-labels";
import { LEGEND_AS_LABEL } from "../shared/fieldset-styles";

interface InviteeChoiceProps {
  members: CaseDetail["members"];
  value: string[];
  onChange: (memberIds: string[]) => void;
}

/** Whom of the network to invite; everyone to start with. */
export function InviteeChoice({ members, value, onChange }: InviteeChoiceProps) {
  const { t } = useTranslation("meetings");
  const labels = useCaseLabels();
  return (
    <Fieldset legend={t("plan.invitees")} variant="unstyled" styles={LEGEND_AS_LABEL}>
      {members.length === 0 ? (
        <Text size="sm">{t("plan.noMembers")}</Text>
      ) : (
        <Stack gap={6}>
          {members.map((m) => (
            <Checkbox
              key={m.id}
              label={`${m.displayName} (${labels.caseRole(m.role)})`}
              checked={value.includes(m.id)}
              onChange={(event) =>
                onChange(
                  event.currentTarget.checked
                    ? [...value, m.id]
                    : value.filter((id) => id !== m.id),
                )
              }
            />
          ))}
        </Stack>
      )}
    </Fieldset>
  );
}
