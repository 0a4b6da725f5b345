import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * typescript-eslint's recommended rules over the whole project, and its type-checked promise rules over the
 * TypeScript; tests may use `any` for Slack's loose payloads.
 */
export default tseslint.config(
  { ignores: ["dist/", "data/", "node_modules/", "coverage/", "scratch/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  // Promises, checked with the types: none left floating (`void` says it is meant), none passed where nothing awaits it.
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    files: ["test/**", "testkit/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
