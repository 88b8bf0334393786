// Lint: typescript-eslint everywhere, React hooks in views, and the Office.js rules that matter
// (no sync in a loop, load before read) on .ts and .tsx alike.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["dist/", "dist-demo/", "build/", "coverage/", "node_modules/", "test-results/", "playwright-report/", ".tmp/", ".certs/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly", URL: "readonly", setTimeout: "readonly", fetch: "readonly", Buffer: "readonly", AbortSignal: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
