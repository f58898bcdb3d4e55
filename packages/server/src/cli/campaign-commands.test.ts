import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCli } from "./commands.js";
import { withDatabase } from "./offline.js";
import { questionnaireTemplates, vendorCampaigns, vendorContacts, vendors } from "../db/schema/index.js";
import { CONTENT, inDays } from "../test-support/campaign-fixtures.js";

let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "aims-campaign-cli-"));
  dataDir = join(dir, "data");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe("aims questionnaire", () => {
  it("sends a questionnaire by keys, prints the link once and lists campaigns", async () => {
    await withDatabase({ dataDir }, "test", true, async ({ db }) => {
      const [v] = await db
        .insert(vendors)
        .values({ key: "VEN-1", name: "Acme", status: "active", criticality: "low" })
        .returning();
      await db.insert(vendorContacts).values({ vendorId: v!.id, name: "Vera", email: "vera@acme.example" });
      await db
        .insert(questionnaireTemplates)
        .values({ key: "QT-1", name: "AI vendor", status: "published", content: CONTENT });
    });
    const out = await aims(
      "questionnaire",
      "send",
      "--vendor",
      "ven-1",
      "--template",
      "QT-1",
      "--contact",
      "Vera@Acme.example",
      "--due",
      inDays(7),
    );
    const url = out.split("\n").find((l) => l.includes("/portal#"))!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4000\/portal#[A-Za-z0-9_-]{43}$/);
    expect(out).toMatch(/^sent VQ-1 \(AI vendor\) to vera@acme\.example/);
    expect(out).toContain("send the link to the contact yourself");
    const token = url.split("#")[1]!;
    const rows = await withDatabase({ dataDir }, "test", false, ({ db }) =>
      db.select().from(vendorCampaigns),
    );
    expect(rows.map((r) => r.tokenHash)).toEqual([createHash("sha256").update(token).digest("hex")]);

    const listed = JSON.parse(await aims("questionnaire", "campaigns", "--json"));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      key: "VQ-1",
      status: "sent",
      linkState: "active",
      contact: { email: "vera@acme.example" },
    });
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(await aims("questionnaire", "campaigns")).toMatch(/^VQ-1 +sent +active/);
    await expect(
      aims(
        "questionnaire",
        "send",
        "--vendor",
        "VEN-9",
        "--template",
        "QT-1",
        "--contact",
        "x@y.z",
        "--due",
        inDays(7),
      ),
    ).rejects.toThrow(/no vendor VEN-9/);
  });
});
