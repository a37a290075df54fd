import type { AdminUser } from "@kring/contracts";
import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../../platform/i18n/use-labels";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useRemoveMembership } from "./users.api";

interface MembershipListProps {
  user: AdminUser;
  onChanged: (user: AdminUser) => void;
  /** The administrator's own roles: shown, never changed by themselves. */
  readOnly?: boolean;
}

export function MembershipList({ user, onChanged, readOnly = false }: MembershipListProps) {
  const { t } = useTranslation("admin");
  const labels = useLabels();
  const announce = useAnnounce();
  const remove = useRemoveMembership(user.id);
  if (user.memberships.length === 0) {
    return <Text mb="md">{t("userDetail.noMemberships")}</Text>;
  }
  return (
    <>
      <ProblemAlert error={remove.error} />
      <ul className="plain-list">
        {user.memberships.map((m) => {
          const names = { role: labels.role(m.role), unit: m.unitName };
          return (
            <Group component="li" key={m.id} justify="space-between" wrap="nowrap" py={6}>
              <Text size="sm">{t("users.roleInUnit", names)}</Text>
              {!readOnly && (
                <Button
                  size="xs"
                  variant="default"
                  color="red"
                  aria-label={t("userDetail.removeLabel", names)}
                  loading={remove.isPending && remove.variables === m.id}
                  onClick={() =>
                    remove.mutate(m.id, {
                      onSuccess: (updated) => {
                        announce(t("userDetail.removed", names));
                        onChanged(updated);
                      },
                    })
                  }
                >
                  {t("userDetail.remove")}
                </Button>
              )}
            </Group>
          );
        })}
      </ul>
    </>
  );
}
