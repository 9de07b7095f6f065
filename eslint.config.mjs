// The project's own lint config: office-addin-lint's bundled one skips .tsx and flags `Excel`/`Office` as
// undefined, so we take the Office add-in rules from eslint-plugin-office-addins and add our own layer rules.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeAddinRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]),
);

/** Layers import one way (DESIGN.md): a folder may import only the rooms listed for it. */
const forbid = (...groups) => ({ "no-restricted-imports": ["error", { patterns: groups }] });
// Exact names, not gitignore-style groups: a group "path" would also forbid our own "./path".
const uiAndHost = {
  group: ["react", "react-*", "@fluentui/*", "@microsoft/office-js-helpers"],
  message: "core stays pure: no UI or Office here.",
};
const nodeIo = {
  regex: "^(node:.*|fs|path|child_process|os|stream|http|https)$",
  message: "core stays pure: no Node I/O here.",
};
const room = (...names) => ({
  group: names.map((name) => `**/${name}/**`).concat(names.map((name) => `../${name}`)),
  message: `This room may not import from ${names.join(", ")} (see DESIGN.md).`,
});

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-results/**", "schemas/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeAddinRules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "error",
    },
  },
  {
    files: ["src/core/**"],
    rules: forbid(uiAndHost, nodeIo, room("excel", "taskpane", "commands", "cli", "workbench", "plans")),
  },
  { files: ["src/plans/**"], rules: forbid(room("excel", "taskpane", "commands", "cli", "workbench")) },
  { files: ["src/excel/**"], rules: forbid(room("taskpane", "commands", "cli", "workbench")) },
  { files: ["src/taskpane/**"], rules: forbid(room("commands", "cli", "workbench")) },
  { files: ["src/commands/**"], rules: forbid(room("taskpane", "cli", "workbench")) },
  { files: ["src/cli/**"], rules: forbid(room("excel", "taskpane", "commands", "workbench")) },
  {
    files: ["**/*.{js,mjs,cjs}", "scripts/**", "bench/**", "src/cli/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "no-console": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["tests/**"], languageOptions: { globals: { ...globals.jest, ...globals.node } } },
  // Browser tests run callbacks inside the page (page.evaluate), where the DOM's globals exist.
  { files: ["tests/e2e/**"], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
