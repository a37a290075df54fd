import { Button, Checkbox, Group, Radio, Stack, TextInput, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useRaiseSupportRequest } from "./support.api";

/** The guardian's request in their own words, how to reach them, and their consent. */
export function SupportRequestForm({ childId, onDone }: { childId: string; onDone: () => void }) {
  const { t } = useTranslation("familySupport");
  const announce = useAnnounce();
  const raise = useRaiseSupportRequest(childId);
  const [worry, setWorry] = useState("");
  const [contactWay, setContactWay] = useState<"phone" | "email">("phone");
  const [contact, setContact] = useState("");
  const [contactTime, setContactTime] = useState("");
  const [consent, setConsent] = useState(false);
  const { formRef, errorFor } = useFieldErrors(raise.error, {
    worry: t("hints.worry"),
    contact: t("hints.contact"),
    consent: t("hints.consent"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    raise.mutate(
      {
        worry: worry.trim(),
        contactWay,
        contact: contact.trim(),
        contactTime: contactTime.trim() || null,
        // The server refuses anything but true; sent as ticked so the refusal names the field.
        consent: consent as true,
      },
      {
        onSuccess: (res) => {
          announce(res.status === "awaiting_consent" ? t("sentWaiting") : t("sent"));
          onDone();
        },
      },
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t("title")}>
      <Stack gap="sm">
        <ProblemAlert error={raise.error} />
        <Textarea
          label={t("worry")}
          description={t("worryHint")}
          required
          autosize
          minRows={4}
          value={worry}
          error={errorFor("worry")}
          onChange={(e) => setWorry(e.currentTarget.value)}
        />
        <Radio.Group label={t("contactWay")} value={contactWay} onChange={(v) => setContactWay(v)}>
          <Group mt="xs">
            <Radio value="phone" label={t("phone")} />
            <Radio value="email" label={t("email")} />
          </Group>
        </Radio.Group>
        <TextInput
          label={contactWay === "phone" ? t("contactPhone") : t("contactEmail")}
          type={contactWay === "phone" ? "tel" : "email"}
          autoComplete={contactWay === "phone" ? "tel" : "email"}
          required
          value={contact}
          error={errorFor("contact")}
          onChange={(e) => setContact(e.currentTarget.value)}
        />
        <TextInput
          label={t("contactTime")}
          description={t("contactTimeHint")}
          value={contactTime}
          onChange={(e) => setContactTime(e.currentTarget.value)}
        />
        <Checkbox
          label={t("consent")}
          description={t("consentHint")}
          checked={consent}
          error={errorFor("consent")}
          onChange={(e) => setConsent(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={raise.isPending}>
            {t("send")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
