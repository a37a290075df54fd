export * from "./small-cells";
export * from "./periods";
export * from "./targets";
