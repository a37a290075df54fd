import { Alert, Anchor, List } from "@mantine/core";
import { type RefObject } from "react";

interface ErrorSummaryProps {
  ref: RefObject<HTMLDivElement | null>;
  title: string;
  errors: { id: string; text: string }[];
}

/**
 * The form's errors in one place at the top (GOV.UK pattern): it takes focus after a failed
 * save, and each entry leads to its field.
 */
export function ErrorSummary({ ref, title, errors }: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" role="alert" title={title} mb="md">
      <List>
        {errors.map((e) => (
          <List.Item key={e.id}>
            <Anchor
              href={`#${e.id}`}
              c="inherit"
              underline="always"
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.id)?.focus();
              }}
            >
              {e.text}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
