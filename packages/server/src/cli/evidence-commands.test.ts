import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCli } from "./commands.js";
import { withDatabase } from "./offline.js";
import { systemContext } from "../services/context.js";
import { insertControl } from "../services/controls/controls-service.js";

let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "aims-evidence-cli-"));
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

describe("aims evidence", () => {
  it("adds a file linked to a control and a requirement, a link, and lists them by state", async () => {
    const control = await withDatabase({ dataDir }, "test", true, ({ db }) =>
      db.transaction((tx) =>
        insertControl(tx, systemContext(db, "test"), { code: "LOG-1", title: "Logging" }),
      ),
    );
    const report = join(dir, "bias report.pdf");
    writeFileSync(report, "%PDF-1.7\nbias results\n%%EOF\n");
    const added = JSON.parse(
      await aims(
        "evidence",
        "add",
        report,
        "--title",
        "Bias test",
        "--valid-until",
        "2000-01-31",
        "--control",
        control.key,
        "--requirement",
        "iso-iec-42001:2023/A.6.2.4",
        "--json",
      ),
    );
    expect(added).toMatchObject({
      key: "EV-1",
      kind: "file",
      fileName: "bias report.pdf",
      contentType: "application/pdf",
      state: "expired",
      links: [
        { targetType: "control", targetId: control.id, label: "LOG-1 Logging" },
        { targetType: "requirement", targetId: "iso-iec-42001:2023/A.6.2.4" },
      ],
    });
    expect(
      await aims("evidence", "add", "--url", "https://example.org/policy", "--title", "Policy page"),
    ).toMatch(/^added EV-2 Policy page \(https:\/\/example.org\/policy\), current, 0 link\(s\)$/);
    const expired = await aims("evidence", "list", "--state", "expired");
    expect(expired).toMatch(
      /^EV-1 {2}expired {12}2000-01-31 {2}Bias test {2}\(evidence EV-1 "Bias test" expired on 2000-01-31\)$/,
    );
    const all = JSON.parse(await aims("evidence", "list", "--json"));
    expect(all.map((e: { key: string }) => e.key)).toEqual(["EV-1", "EV-2"]);
  }, 120_000); // migrating and loading the catalogs into a fresh embedded database takes a while

  it("runs the upload checks: HTML, empty and oversized files write nothing", async () => {
    const html = join(dir, "page.html");
    writeFileSync(html, "<!doctype html><script>alert(1)</script>");
    await expect(aims("evidence", "add", html, "--title", "Page")).rejects.toThrow(
      /HTML, SVG, XML and script files/,
    );
    const empty = join(dir, "empty.pdf");
    writeFileSync(empty, "");
    await expect(aims("evidence", "add", empty, "--title", "Empty")).rejects.toThrow(/the file is empty/);
    const big = join(dir, "big.pdf");
    writeFileSync(big, Buffer.alloc(2048));
    process.env.AIMS_EVIDENCE_MAX_BYTES = "1024";
    try {
      await expect(aims("evidence", "add", big, "--title", "Big")).rejects.toThrow(/limit of 1 KiB/);
    } finally {
      delete process.env.AIMS_EVIDENCE_MAX_BYTES;
    }
    await expect(aims("evidence", "add", "--title", "Nothing")).rejects.toThrow(/either a file or --url/);
    const all = JSON.parse(await aims("evidence", "list", "--json"));
    expect(all).toHaveLength(2);
  }, 60_000);
});
