// A fieldset's legend reads like the label of an input; a legend of a sub-group is quieter.
export const LEGEND_AS_LABEL = {
  legend: { fontWeight: 500, fontSize: "var(--mantine-font-size-sm)", padding: 0, marginBottom: 4 },
};

export const LEGEND_AS_GROUP = {
  legend: {
    fontSize: "var(--mantine-font-size-sm)",
    color: "var(--mantine-color-dimmed)",
    padding: 0,
    marginBottom: 4,
  },
};
