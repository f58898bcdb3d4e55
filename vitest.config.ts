import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(`./packages/core/src/${path}`, import.meta.url));
/** Tests run core from source; `catalog-io` is a separate entry so browsers never load file parsers. */
const alias = [
  { find: /^@openaims\/core$/, replacement: source("index.ts") },
  { find: /^@openaims\/core\/catalog-io$/, replacement: source("catalogs/io/index.ts") },
];
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** One suite: core, catalogs and web units; server on PGlite (and PostgreSQL when configured); browser flows. */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "core", include: ["packages/core/src/**/*.test.ts", "catalogs/**/*.test.ts"] },
      },
      { resolve: { alias }, test: { name: "web", include: ["packages/web/src/**/*.test.ts"] } },
      {
        resolve: { alias },
        test: {
          name: "server-pglite",
          include: ["packages/server/src/**/*.test.ts"],
          // `*.pg.test.ts` need features PGlite lacks (a second connection); PostgreSQL runs them.
          exclude: [...configDefaults.exclude, "**/*.pg.test.ts"],
          env: { AIMS_TEST_DB: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(withPostgres
        ? [
            {
              resolve: { alias },
              test: {
                name: "server-postgresql",
                include: ["packages/server/src/**/*.test.ts"],
                env: { AIMS_TEST_DB: "postgresql" },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["packages/web/e2e/**/*.e2e.test.ts", "packages/server/e2e/**/*.e2e.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
