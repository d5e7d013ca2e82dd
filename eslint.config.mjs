import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";

export default defineConfig([
  globalIgnores(["node_modules/", "main.js", "dist/", "examples/vault/.obsidian/", "demo-vault/", "tests/out/", "scripts/", "*.mjs", "*.mts"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // moment is a type-only devDependency for the plugin (Obsidian provides it) and is bundled into the CLI.
    files: ["package.json"],
    rules: { "depend/ban-dependencies": ["error", { allowed: ["moment"] }] },
  },
  {
    files: ["manifest.json"],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, extraFileExtensions: [".json"] } },
    rules: { "obsidianmd/validate-manifest": "error" },
  },
  {
    // The pure core never touches Obsidian, the DOM or the clock.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [
          { name: "obsidian", message: "src/core is pure: Obsidian is reached only from src/plugin/." },
          { name: "moment", message: "src/core takes moment as a parameter." },
        ],
        patterns: [{ group: ["**/plugin/**", "@codemirror/*", "node:*"], message: "src/core is pure." }],
      }],
      "no-restricted-globals": ["error",
        { name: "document", message: "src/core never touches the DOM." },
        { name: "window", message: "src/core never touches the DOM." },
        { name: "Date", message: "src/core never reads the clock: take `today` as a parameter." },
      ],
      "no-restricted-syntax": ["error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/core never reads the clock." },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "src/core never reads the clock." },
      ],
    },
  },
  {
    // One concept per file: a plugin file is split before it passes ~300 lines.
    files: ["src/plugin/**/*.ts"],
    rules: { "max-lines": ["error", { max: 300 }] },
  },
  {
    // DOCS is a compile-time constant (esbuild.config.mjs defines it false, vitest.config.mts true): rule examples are docs.
    files: ["src/core/feedback/**/*.ts", "src/core/action-check/**/*.ts"],
    languageOptions: { globals: { DOCS: "readonly" } },
  },
  {
    files: ["src/cli/**/*.ts", "bench/**/*.ts", "tests/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "import/no-extraneous-dependencies": "off",
      "@typescript-eslint/no-restricted-imports": "off",
      "no-restricted-imports": "off",
      "no-console": "off",
      "obsidianmd/rule-custom-message": "off",
    },
  },
  {
    files: ["tests/**/*.ts"],
    rules: {
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/no-static-styles-assignment": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-tfile-tfolder-cast": "off",
      "obsidianmd/ui/sentence-case": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/require-await": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/vault/iterate": "off",
      // the fake implements Vault.delete/trash itself, and its tests drive them
      "obsidianmd/prefer-file-manager-trash-file": "off",
      "obsidianmd/settings-tab/prefer-setting-definitions": "off",
    },
  },
  {
    // minAppVersion (1.5.7) predates getSettingDefinitions (1.13), so display() is the API to use.
    files: ["src/plugin/settings-tab.ts"],
    rules: { "obsidianmd/settings-tab/prefer-setting-definitions": "off", "@typescript-eslint/no-deprecated": "off" },
  },
  {
    // The CLI reads a vault folder on disk: there is no Vault#configDir, so it reads Obsidian's default.
    files: ["src/cli/**/*.ts"],
    rules: { "obsidianmd/hardcoded-config-path": "off" },
  },
]);
