import { Alert, Stack, Switch, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRequestTexts } from "./request-texts";

interface Sharing {
  share: boolean;
  agreedBy: string;
}

/**
 * A request raised from early support: the network of the case reads the early support only if
 * the family agrees, and who agreed is recorded with the request (ADR 0041).
 */
export function EarlySupportSharing({
  value,
  onChange,
  errorFor,
}: {
  value: Sharing;
  onChange: (v: Sharing) => void;
  errorFor: (field: string) => string | undefined;
}) {
  useRequestTexts();
  const { t } = useTranslation("request");
  return (
    <Alert variant="light" title={t("fromEarlySupport.title")}>
      <Stack gap="xs">
        <span>{t("fromEarlySupport.intro")}</span>
        <Switch
          label={t("fromEarlySupport.share")}
          checked={value.share}
          onChange={(e) => onChange({ ...value, share: e.currentTarget.checked })}
        />
        {value.share && (
          <TextInput
            label={t("fromEarlySupport.agreedBy")}
            required
            maxLength={200}
            value={value.agreedBy}
            error={errorFor("earlySupport.agreedBy")}
            onChange={(e) => onChange({ ...value, agreedBy: e.currentTarget.value })}
          />
        )}
      </Stack>
    </Alert>
  );
}
