import { List, Loader, Text } from "@mantine/core";
import { Link, Navigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useFamilyChildren } from "./family.api";

/** The family's entry: straight to the plan when there is one child, else a choice. */
export function FamilyHomePage() {
  const { t } = useTranslation("family");
  const query = useFamilyChildren();
  if (query.error) return <ProblemAlert error={query.error} />;
  if (!query.data) return <Loader aria-label={t("title")} />;
  const { children, viewer } = query.data;
  if (children.length === 1)
    return <Navigate to="/family/$childId" params={{ childId: children[0]!.id }} replace />;
  return (
    <>
      <PageTitle>{viewer === "child" ? t("childTitle") : t("title")}</PageTitle>
      {children.length === 0 ? (
        <Text>{t("noChildren")}</Text>
      ) : (
        <List aria-label={t("choose")}>
          {children.map((c) => (
            <List.Item key={c.id}>
              <Link to="/family/$childId" params={{ childId: c.id }}>
                {c.givenName}
              </Link>
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
