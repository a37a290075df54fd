import { Button, Fieldset, Group, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type OfferList, useSetNeedTags } from "./offer.api";

type Tag = OfferList["needs"][number];

/** A stable code from the Swedish name; entries keep the codes they hold when a tag is renamed. */
const codeOf = (sv: string) =>
  sv
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")
    .slice(0, 40) || "behov";

/**
 * The administrator's list of need tags: rename (the code stays, so entries keep their tags), add,
 * or retire one (entries keep the code, it is simply no longer offered in search).
 */
export function NeedTags({ needs }: { needs: Tag[] }) {
  const { t } = useTranslation("offer");
  const announce = useAnnounce();
  const save = useSetNeedTags();
  const [tags, setTags] = useState<Tag[]>(needs);
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          {t("needs.edit")}
        </Button>
      </Group>
    );
  const change = (i: number, k: "sv" | "en", v: string) =>
    setTags(tags.map((tag, j) => (j === i ? { ...tag, [k]: v } : tag)));
  return (
    <section aria-labelledby="needs-title">
      <Fieldset legend={<span id="needs-title">{t("needs.title")}</span>}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const taken = new Set<string>();
            const withCodes = tags.map((tag) => {
              let code = tag.code || codeOf(tag.sv);
              while (taken.has(code)) code = `${code.slice(0, 38)}_${taken.size}`;
              taken.add(code);
              return { ...tag, code, en: tag.en || tag.sv };
            });
            save.mutate(withCodes, { onSuccess: () => announce(t("needs.saved")) });
          }}
        >
          {tags.map((tag, i) => (
            <Group key={i} align="end" mb="xs">
              <TextInput
                label={t("needs.sv", { n: i + 1 })}
                required
                value={tag.sv}
                onChange={(e) => change(i, "sv", e.currentTarget.value)}
              />
              <TextInput
                label={t("needs.en", { n: i + 1 })}
                value={tag.en}
                onChange={(e) => change(i, "en", e.currentTarget.value)}
              />
              <Button variant="subtle" onClick={() => setTags(tags.filter((_, j) => j !== i))}>
                {t("needs.retire", { name: tag.sv || i + 1 })}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() => setTags([...tags, { code: "", sv: "", en: "" }])}
            >
              {t("needs.add")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("needs.save")}
            </Button>
          </Group>
          {save.isError && <ProblemAlert error={save.error} />}
        </form>
      </Fieldset>
    </section>
  );
}
