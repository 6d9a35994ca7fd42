// ESLint (flat config): typescript-eslint + the Office add-in rules, and a boundary rule that keeps
// the engine (src/core) free of Office, DOM-only and Node APIs.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "examples/out/**", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-control-regex": "off",
    },
  },
  {
    // Office.js rules only where Office.js is used (they misread exceljs' `cell.value`).
    files: ["src/excel/workbook/office-adapter.ts", "src/excel/taskpane/**", "src/excel/functions/**", "src/excel/commands/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-office-initialize": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-navigational-load": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os", "crypto", "child_process", "url", "zlib", "stream"], message: "src/core must not use Node APIs" },
            { group: ["exceljs", "react", "react-dom", "@fluentui/*", "office-addin-*"], message: "src/core must not depend on hosts or UI" },
            { group: ["**/excel/**", "**/cli/**"], message: "src/core must not import the add-in or the CLI" },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "process", "require", "Buffer"],
    },
  },
);
