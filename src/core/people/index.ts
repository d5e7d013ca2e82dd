export * from "./cadence";
export * from "./directory";
