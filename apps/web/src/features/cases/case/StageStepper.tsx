import { Group, SimpleGrid, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useIsPhone } from "../../../platform/ui/use-is-phone";
import { useCaseLabels } from "../shared/case-labels";

// The way through the process; a declined request ends after the assessment.
const PATH = [
  "request",
  "assessment",
  "coordinators_appointed",
  "first_contact",
  "pre_meeting",
  "network_meeting_1",
  "network_meeting_2",
  "interventions",
  "evaluation",
  "closed",
];
const DECLINED_PATH = ["request", "assessment", "declined"];

/** Where the case is: each step done, the current one, and those ahead. */
export function StageStepper({ stage }: { stage: string }) {
  const { t } = useTranslation("cases");
  const labels = useCaseLabels();
  const isPhone = useIsPhone();
  const path = stage === "declined" ? DECLINED_PATH : PATH;
  const current = path.indexOf(stage);
  const steps = (
    <SimpleGrid
      component="ol"
      aria-label={t("stepper.label")}
      cols={{ base: 1, sm: 2, md: 5 }}
      spacing="xs"
      className="plain-list"
    >
      {path.map((step, index) => {
        const state = index < current ? "done" : index === current ? "current" : "ahead";
        return (
          <Group
            component="li"
            key={step}
            gap={8}
            wrap="nowrap"
            aria-current={state === "current" ? "step" : undefined}
          >
            <ThemeIcon
              radius="xl"
              size="md"
              variant={state === "ahead" ? "outline" : "filled"}
              color={state === "current" ? "kring.9" : state === "done" ? "kring.6" : "gray.7"}
              aria-hidden
            >
              {state === "done" ? "✓" : index + 1}
            </ThemeIcon>
            <Text size="sm" fw={state === "current" ? 700 : 400}>
              {labels.stage(step)}
              <VisuallyHidden> ({t(`stepper.${state}`)})</VisuallyHidden>
            </Text>
          </Group>
        );
      })}
    </SimpleGrid>
  );
  const where = t("stepper.where", {
    step: current + 1,
    of: path.length,
    stage: labels.stage(stage),
  });
  return isPhone ? (
    <details>
      <Text component="summary" fw={700}>
        {where}
      </Text>
      {steps}
    </details>
  ) : (
    <div>
      <Text fw={700} mb="xs">
        {where}
      </Text>
      {steps}
    </div>
  );
}
