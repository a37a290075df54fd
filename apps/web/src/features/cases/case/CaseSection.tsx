import { Card, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";

interface CaseSectionProps {
  title: string;
  children: ReactNode;
  /** Buttons beside the heading. */
  actions?: ReactNode;
}

/** One part of the case page: a card that is a landmark named by its heading. */
export function CaseSection({ title, children, actions }: CaseSectionProps) {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} withBorder padding="md" radius="md">
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
      {actions}
    </Card>
  );
}
