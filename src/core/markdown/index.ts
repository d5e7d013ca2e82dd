export * from "./lines";
export * from "./scanner";
export * from "./frontmatter";
