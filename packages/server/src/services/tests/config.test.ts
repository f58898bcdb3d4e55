import { describe, expect, it } from "vitest";
import { CONFIG_KEYS, describeConfig, loadConfig } from "../../config.js";

describe("configuration", () => {
  it("has defaults", () => {
    expect(loadConfig({})).toMatchObject({
      AIMS_PORT: 4000,
      AIMS_HOST: "127.0.0.1",
      AIMS_DATA_DIR: "./.aims-data",
    });
  });
  it.each([
    [{ AIMS_PORT: "http" }, /AIMS_PORT/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL/],
    [{ AIMS_COOKIE_SECURE: "yes" }, /AIMS_COOKIE_SECURE/],
  ])("names the bad key %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
  it("lists every key in the help text", () => {
    for (const k of Object.keys(CONFIG_KEYS)) expect(describeConfig()).toContain(k);
  });
});
