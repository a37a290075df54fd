export * from "./offer-rules";
