import { useMediaQuery } from "@mantine/hooks";

/** Below Mantine's "sm" breakpoint (48em): one column, menu behind a button, lists not tables. */
export function useIsPhone(): boolean {
  return useMediaQuery("(max-width: 47.99em)") === true;
}
