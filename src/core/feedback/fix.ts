// Applying a fix lives in core/markdown, shared with the action check; feedback code imports it from here.
export { applyFix } from "../markdown/apply-edits";
