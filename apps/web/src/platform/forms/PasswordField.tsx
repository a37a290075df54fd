import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** A password input whose show/hide button says what it will do, in the current language. */
export function PasswordField(props: Omit<PasswordInputProps, "visible" | "onVisibilityChange">) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <PasswordInput
      {...props}
      visible={visible}
      onVisibilityChange={setVisible}
      visibilityToggleButtonProps={{
        "aria-label": visible ? t("password.hide") : t("password.show"),
      }}
    />
  );
}
