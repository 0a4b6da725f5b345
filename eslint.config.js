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
  // Checked with the types: no promise left floating (`void` says it is meant) or passed where nothing awaits it,
  // and no assertion that changes nothing.
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // noUncheckedIndexedAccess is off (the typed-array loops of svd.ts and lexical.ts would need an assertion
      // per read), so `xs[i]!` asserts nothing: written only where the type says undefined can come.
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  {
    files: ["test/**", "testkit/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
