export * from "./lines";
export * from "./scanner";
export * from "./scan-note";
export * from "./frontmatter";
