import type { SessionUser } from "@kring/contracts";
import { Anchor, Card, SimpleGrid, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { navItemsFor } from "../shell/navigation";

/** The parts of Kring this user can go to from here, described in a sentence each. */
export function NextSteps({ user }: { user: SessionUser }) {
  const { t } = useTranslation("shell");
  const { t: tHome } = useTranslation("home");
  const items = navItemsFor(user).filter((item) => item.id !== "home");
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="next-steps-title">
      <Title order={2} size="h3" id="next-steps-title" mb="md">
        {tHome("links.title")}
      </Title>
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} className="plain-list">
        {items.map((item) => (
          <Card component="li" key={item.id} withBorder radius="md" padding="md">
            <Anchor component={Link} to={item.to} fw={700}>
              {t(`nav.items.${item.id}.label`)}
            </Anchor>
            <Text size="sm" mt={4}>
              {t(`nav.items.${item.id}.description`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
