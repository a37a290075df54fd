import { Loader } from "@mantine/core";
import { type ComponentType, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

/**
 * A page loaded as its own chunk the first time it is shown (ADR 0023): the entry chunk holds
 * only the shell and sign-in, so a guardian's phone or a mentor's first page fetches only the
 * code of the pages they open. `name` is the page's named export.
 */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  const Lazy = lazy(async () => {
    const page: ComponentType<P> = (await load())[name];
    return { default: page };
  });
  return function LazyPage(props: P) {
    const { t } = useTranslation();
    return (
      <Suspense fallback={<Loader aria-label={t("loading")} />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
