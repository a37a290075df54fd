import {
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type ModalStylesNames,
} from "@mantine/core";

// A deep petrol. Shade 7 (#0f6469) has a contrast of 6.9:1 against white, so white text on
// filled buttons and primary-coloured text on white both pass WCAG AA with margin.
const kring: MantineColorsTuple = [
  "#e6f4f4",
  "#cfe6e7",
  "#9ccdd0",
  "#67b3b7",
  "#3f9ea3",
  "#268f95",
  "#17777d",
  "#0f6469",
  "#0b5257",
  "#063f43",
];

export const theme = createTheme({
  colors: { kring },
  primaryColor: "kring",
  primaryShade: 7,
  focusRing: "auto",
  respectReducedMotion: true,
  defaultRadius: "md",
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: "700" },
  components: {
    // Native selects are fully keyboard and screen-reader accessible on every platform.
    NativeSelect: { defaultProps: { size: "sm" } },
    // A dialog's title is its heading: make it look like one. A plain object, not Modal.extend:
    // importing Modal here put it, its scroll area and floating-ui into the first page (ADR 0023).
    Modal: {
      styles: {
        title: { fontWeight: 700, fontSize: "var(--mantine-font-size-xl)" },
      } satisfies Partial<Record<ModalStylesNames, object>>,
    },
  },
});

// Mantine's defaults for secondary text, placeholders and errors are too light for AA on white.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {},
});
