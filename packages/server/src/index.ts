export { buildApp, type App, type AppOptions } from "./http/app.js";
export { startServer } from "./serve.js";
export { loadConfig, type Config } from "./config.js";
export { openDatabase, type Database } from "./db/client.js";
export { runMigrations } from "./db/migrate.js";
