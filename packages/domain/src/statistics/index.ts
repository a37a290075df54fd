export * from "./small-cells";
