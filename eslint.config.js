import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** typescript-eslint's recommended rules over the whole project; tests may use `any` for Slack's loose payloads. */
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
  {
    files: ["test/**", "testkit/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
