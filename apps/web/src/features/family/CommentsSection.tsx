import type { FamilyView } from "@kring/contracts";
import { Button, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { useFamilyComment } from "./family.api";
import { useFamilyFormat } from "./family-format";

/**
 * The family writes what the network should know before the next meeting. A closed case is
 * read-only for everyone (ADR 0020): the family then reads what they wrote and is told why
 * there is no form.
 */
export function CommentsSection({ view }: { view: FamilyView }) {
  const { t } = useTranslation("family");
  const f = useFamilyFormat();
  const child = view.viewer === "child";
  return (
    <section aria-labelledby="comments">
      <Title order={2} size="h3" id="comments">
        {child ? t("child.write") : t("comments")}
      </Title>
      {view.readOnly ? (
        <Text mb="xs">{t("ended")}</Text>
      ) : (
        <>
          {!child && <Text mb="xs">{t("commentsIntro")}</Text>}
          <CommentForm view={view} />
        </>
      )}
      {view.comments.length > 0 && (
        <Stack gap="xs" mt="md">
          <Title order={3} size="h4">
            {t("yourComments")}
          </Title>
          {view.comments.map((c) => (
            <Text key={c.id}>
              <Text span size="sm" c="dimmed">
                {f.dateTime(c.createdAt)}:{" "}
              </Text>
              {c.body}
            </Text>
          ))}
        </Stack>
      )}
    </section>
  );
}

function CommentForm({ view }: { view: FamilyView }) {
  const { t } = useTranslation("family");
  const announce = useAnnounce();
  const send = useFamilyComment(view.child.id);
  const [body, setBody] = useState("");
  const child = view.viewer === "child";
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate(body.trim(), {
          onSuccess: () => {
            setBody("");
            announce(t("sent"));
          },
        });
      }}
    >
      <ProblemAlert error={send.error} />
      <Textarea
        label={child ? t("child.writeLabel") : t("commentLabel")}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={4000}
        required
      />
      <Button type="submit" mt="sm" loading={send.isPending} disabled={!body.trim()}>
        {t("send")}
      </Button>
    </form>
  );
}
