import { Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useDocumentTitle } from "./use-document-title";

interface PageTitleProps {
  children: string;
  /** The browser tab's title when it should differ from the heading. */
  documentTitle?: string;
  /** Move focus to the heading, so a screen reader starts reading the new page here. */
  focus?: boolean;
}

/** The page's one h1. */
export function PageTitle({ children, documentTitle, focus = true }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(documentTitle ?? children);
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: true });
  }, [focus]);
  return (
    <Title order={1} ref={ref} tabIndex={-1} mb="md">
      {children}
    </Title>
  );
}
