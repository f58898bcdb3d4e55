import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { utcDay } from "@openaims/core";
import { buildCli } from "./commands.js";

let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "aims-vendor-cli-"));
  dataDir = join(dir, "data");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `aims …` in this process and returns what it printed. */
async function aims(...args: string[]): Promise<string> {
  const lines: string[] = [];
  const spy = vi
    .spyOn(console, "log")
    .mockImplementation((...parts: unknown[]) => void lines.push(parts.join(" ")));
  try {
    await buildCli()
      .exitOverride()
      .parseAsync(["node", "aims", ...args, "--data-dir", dataDir]);
  } finally {
    spy.mockRestore();
  }
  return lines.join("\n");
}

describe("aims vendor", () => {
  it("adds vendors and lists them with rating, criticality, next review and attention", async () => {
    const today = utcDay();
    expect(await aims("vendor", "list")).toBe("no vendors");
    expect(
      await aims(
        "vendor",
        "add",
        "--name",
        "Acme Models",
        "--criticality",
        "critical",
        "--website",
        "https://acme.example",
      ),
    ).toBe(`added VEN-1 Acme Models (onboarding, criticality critical), first review due ${today}`);
    const added = JSON.parse(
      await aims("vendor", "add", "--name", "Beta Labels", "--status", "offboarded", "--json"),
    );
    expect(added).toMatchObject({
      key: "VEN-2",
      name: "Beta Labels",
      status: "offboarded",
      criticality: "medium",
    });

    const lines = (await aims("vendor", "list")).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^VEN-1 +unrated +critical +review ${today} \\(due\\) +Acme Models {2}— no contact person: add one to send questionnaires; critical vendor without a risk rating$`,
      ),
    );
    expect(lines[1]).toMatch(
      new RegExp(`^VEN-2 +unrated +medium +review ${today} \\(not_scheduled\\) +Beta Labels$`),
    );
    const all = JSON.parse(await aims("vendor", "list", "--json"));
    expect(all.map((v: { key: string; website: unknown }) => v.key)).toEqual(["VEN-1", "VEN-2"]);
    expect(all[0].attention.map((a: { code: string }) => a.code)).toEqual(["no_contact", "critical_unrated"]);

    await expect(aims("vendor", "add", "--name", "Bad", "--website", "ftp://x.example")).rejects.toThrow(
      /http:\/\/ or https:\/\//,
    );
    await expect(aims("vendor", "add", "--name", "Bad", "--criticality", "extreme")).rejects.toThrow();
    expect(JSON.parse(await aims("vendor", "list", "--json"))).toHaveLength(2);
  }, 120_000);
});
