import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { utf8ByteLength } from "./shared.js";
import { deterministicUuid, sha1, utf8Bytes, uuidV5 } from "./uuid.js";

describe("uuid", () => {
  it("computes SHA-1 like node:crypto, across block boundaries and non-ASCII text", () => {
    const samples = [
      "",
      "abc",
      "a".repeat(55),
      "a".repeat(56),
      "a".repeat(64),
      "é€😀".repeat(40),
      "x".repeat(5000),
    ];
    for (const sample of samples) {
      expect(Buffer.from(sha1(utf8Bytes(sample))).toString("hex")).toBe(
        createHash("sha1").update(sample).digest("hex"),
      );
      expect(utf8Bytes(sample).length).toBe(Buffer.byteLength(sample, "utf8"));
      expect(utf8ByteLength(sample)).toBe(Buffer.byteLength(sample, "utf8"));
    }
  });

  it("makes RFC 9562 version 5 UUIDs", () => {
    // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
    expect(() => uuidV5("x", "not-a-uuid")).toThrow(/namespace/);
  });

  it("gives the same UUID for the same seed and different ones otherwise, in OSCAL's UUID format", () => {
    const oscalUuid =
      /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
    expect(deterministicUuid("catalog:x:1")).toBe(deterministicUuid("catalog:x:1"));
    const seeds = Array.from({ length: 2000 }, (_, i) => `seed-${i}-${randomUUID()}`);
    const uuids = new Set(seeds.map(deterministicUuid));
    expect(uuids.size).toBe(seeds.length);
    for (const uuid of uuids) expect(uuid).toMatch(oscalUuid);
  });
});
