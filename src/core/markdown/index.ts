export * from "./lines";
export * from "./scanner";
