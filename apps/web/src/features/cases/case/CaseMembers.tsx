import type { CaseDetail } from "@kring/contracts";
import { CASE_ROLES } from "@kring/domain/cases";
import { Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../../platform/i18n/use-labels";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import type { ProfessionalRole } from "@kring/domain";
import { useRemoveMember } from "../api/case-network.api";
import { useCaseLabels } from "../shared/case-labels";
import { hasRole } from "../../../platform/session/roles";
import { useSessionUser } from "../../../platform/session/session-user";
import { ReplaceContactPersonButton } from "../appointments/ReplaceContactPersonButton";

type Member = CaseDetail["members"][number];
const REMOVABLE = new Set(["participant", "project_leader"]);

/** Who is who: the network by case role, and who raised the request. */
export function CaseMembers({ detail, mayChange }: { detail: CaseDetail; mayChange: boolean }) {
  const { t } = useTranslation("cases");
  const labels = useCaseLabels();
  const roles = useLabels();
  const announce = useAnnounce();
  const remove = useRemoveMember(detail.id);
  // A principal who may appoint the contact person may also replace them (ADR 0025).
  const mayReplaceContact =
    hasRole(useSessionUser(), "principal") &&
    detail.allowedEvents.some((e) => e.type === "appoint_contact_person");
  const byRole = (role: string) => detail.members.filter((m) => m.role === role);
  const where = (m: Member) => [m.unitName, m.relation].filter(Boolean).join(", ");
  return (
    <Stack gap="sm">
      <ProblemAlert error={remove.error} />
      <dl style={{ margin: 0 }}>
        {CASE_ROLES.filter((role) => byRole(role).length > 0).map((role) => (
          <div key={role}>
            <Text component="dt" size="sm" c="dimmed">
              {labels.caseRole(role)}
            </Text>
            {byRole(role).map((m) => (
              <Group
                component="dd"
                key={m.id}
                m={0}
                mb={6}
                gap="xs"
                justify="space-between"
                wrap="nowrap"
              >
                <Text size="sm">
                  <Text span fw={600}>
                    {m.displayName}
                  </Text>
                  {where(m) && `, ${where(m)}`}
                </Text>
                {mayReplaceContact && m.role === "contact_person" && (
                  <ReplaceContactPersonButton detail={detail} />
                )}
                {mayChange && REMOVABLE.has(m.role) && (
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={t("members.removeLabel", { name: m.displayName })}
                    loading={remove.isPending && remove.variables === m.id}
                    onClick={() =>
                      remove.mutate(m.id, {
                        onSuccess: () => announce(t("members.removed", { name: m.displayName })),
                      })
                    }
                  >
                    {t("members.remove")}
                  </Button>
                )}
              </Group>
            ))}
          </div>
        ))}
        <Text component="dt" size="sm" c="dimmed">
          {t("members.raisedBy")}
        </Text>
        <Text component="dd" size="sm" m={0}>
          <Text span fw={600}>
            {detail.raisedBy.name}
          </Text>
          ,{" "}
          {detail.raisedBy.role === "guardian"
            ? t("members.raisedByGuardian")
            : `${roles.role(detail.raisedBy.role as ProfessionalRole)}, ${detail.raisedBy.unitName}`}
        </Text>
      </dl>
      {detail.members.length === 0 && <Text size="sm">{t("members.none")}</Text>}
    </Stack>
  );
}
