export * from "./small-cells";
export * from "./periods";
