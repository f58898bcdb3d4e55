import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** Dependency direction (docs/ARCHITECTURE.md): web → core, server → core; core imports nothing of ours. */
const ours = (...names) =>
  names.map((n) => ({
    group: [`@openaims/${n}`, `@openaims/${n}/*`],
    message: `this package must not depend on @openaims/${n}`,
  }));
const restrict = (patterns) => ["error", { patterns }];

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      ".aims-data/**",
      "packages/server/drizzle/**",
      "coverage/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["packages/core/src/**/*.ts"],
    ignores: ["packages/core/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": restrict([
        ...ours("server", "web"),
        { group: ["**/server/**", "**/web/**"], message: "core imports nothing of ours" },
        { group: ["node:*", "fs", "path", "http", "net", "child_process"], message: "core is pure: no I/O" },
        {
          group: ["yaml", "csv-parse*", "csv-stringify*"],
          message: "file parsers live in catalogs/io (the catalog-io entry), never in what the browser loads",
        },
      ]),
    },
  },
  {
    files: ["packages/core/src/catalogs/io/**/*.ts"],
    ignores: ["packages/core/src/catalogs/io/**/*.test.ts"],
    rules: {
      "no-restricted-imports": restrict([
        ...ours("server", "web"),
        { group: ["node:*", "fs", "path", "http", "net", "child_process"], message: "core is pure: no I/O" },
      ]),
    },
  },
  {
    files: ["packages/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": restrict([
        ...ours("server"),
        { group: ["**/server/**"], message: "web talks to the server over HTTP only" },
      ]),
    },
  },
  {
    files: ["packages/server/src/services/**/*.ts", "packages/server/src/db/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        ...ours("web"),
        { group: ["**/http/**", "**/cli/**"], message: "services and db sit below http and cli" },
      ]),
    },
  },
  {
    files: ["packages/server/src/**/*.ts"],
    ignores: ["packages/server/src/services/**", "packages/server/src/db/**"],
    rules: { "no-restricted-imports": restrict(ours("web")) },
  },
);
