import type { AdminUser } from "@kring/contracts";
import { Divider, Modal, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSessionUser } from "../../../platform/session/session-user";
import { AccountStatus } from "./AccountStatus";
import { AddMembershipForm } from "./AddMembershipForm";
import { MembershipList } from "./MembershipList";
import { ResetPasswordForm } from "./ResetPasswordForm";
import { SecondFactorStatus } from "./SecondFactorStatus";
import { SignInKeysForm } from "./SignInKeysForm";
import { UserStatusBadge } from "./UserStatusBadge";

interface UserDetailModalProps {
  user: AdminUser;
  onChanged: (user: AdminUser) => void;
  onClose: () => void;
}

/** One user: account facts, roles in units (add, remove), and the account's status. */
export function UserDetailModal({ user, onChanged, onClose }: UserDetailModalProps) {
  const { t } = useTranslation(["admin", "common"]);
  // An administrator's own roles are changed by another administrator (ADR 0020).
  const isSelf = useSessionUser().id === user.id;
  const fact = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </div>
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={user.displayName}
      size="lg"
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" mb="md" mt={0}>
        {fact(t("admin:userDetail.username"), user.username)}
        {fact(t("admin:userDetail.email"), user.email ?? t("admin:userDetail.noEmail"))}
        {fact(t("admin:userDetail.kind"), t(`common:userKinds.${user.kind}`))}
        {fact(t("admin:userDetail.status"), <UserStatusBadge user={user} />)}
      </SimpleGrid>
      <Divider mb="md" />
      <Title order={3} size="h4" mb="xs">
        {t("admin:userDetail.membershipsTitle")}
      </Title>
      <MembershipList user={user} onChanged={onChanged} readOnly={isSelf} />
      {isSelf ? (
        <Text size="sm" mt="xs">
          {t("admin:userDetail.ownRoles")}
        </Text>
      ) : (
        <>
          <Title order={4} size="h5" mt="md" mb="xs" id="add-membership-title">
            {t("admin:userDetail.addTitle")}
          </Title>
          <AddMembershipForm user={user} onChanged={onChanged} />
        </>
      )}
      <Divider my="md" />
      <Title order={3} size="h4" mb="xs">
        {t("admin:userDetail.account")}
      </Title>
      <AccountStatus user={user} onChanged={onChanged} />
      <Title order={4} size="h5" mt="md" mb="xs">
        {t("admin:resetPassword.title")}
      </Title>
      <ResetPasswordForm user={user} onChanged={onChanged} />
      {user.kind === "professional" && (
        <>
          <Title order={4} size="h5" mt="md" mb="xs">
            {t("admin:secondFactor.title")}
          </Title>
          <SecondFactorStatus user={user} isSelf={isSelf} onChanged={onChanged} />
          <Title order={4} size="h5" mt="md" mb="xs">
            {t("admin:signInKeys.title")}
          </Title>
          <SignInKeysForm user={user} onChanged={onChanged} />
        </>
      )}
    </Modal>
  );
}
