import { Anchor, Container, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";

interface ErrorPageProps {
  title: string;
  body: string;
  /** Outside the shell the page brings its own main landmark. */
  standalone?: boolean;
  action?: ReactNode;
}

/** A plain explanation of why the page cannot be shown, and the way back. */
export function ErrorPage({ title, body, standalone = false, action }: ErrorPageProps) {
  const { t } = useTranslation("errors");
  const content = (
    <Container size="sm" py={standalone ? "xl" : 0} px={standalone ? "md" : 0} mx={0}>
      <PageTitle>{title}</PageTitle>
      <Text mb="lg">{body}</Text>
      {action ?? (
        <Anchor component={Link} to="/">
          {t("toStart")}
        </Anchor>
      )}
    </Container>
  );
  return standalone ? <main id="main">{content}</main> : content;
}
