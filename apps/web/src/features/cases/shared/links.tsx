import { Anchor, type AnchorProps, Button, type ButtonProps } from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import type { ComponentPropsWithRef } from "react";

// Mantine's polymorphic `component={Link}` loses the router's typed paths and params; links
// made with createLink keep them, and look like Mantine anchors and buttons.
type AnchorElementProps = AnchorProps & Omit<ComponentPropsWithRef<"a">, keyof AnchorProps>;
type ButtonElementProps = ButtonProps & Omit<ComponentPropsWithRef<"a">, keyof ButtonProps>;

export const AnchorLink = createLink((props: AnchorElementProps) => (
  <Anchor component="a" {...props} />
));

export const ButtonLink = createLink((props: ButtonElementProps) => (
  <Button component="a" {...props} />
));
