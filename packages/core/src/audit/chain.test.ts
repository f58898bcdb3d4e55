import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, chainPayload, findChainBreak, GENESIS_HASH, type ChainedFields } from "./chain.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

function chain(n: number) {
  const out: (ChainedFields & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e: ChainedFields = {
      seq,
      id: `id-${seq}`,
      at: `2026-11-28T00:00:0${seq}.000Z`,
      actorId: null,
      actorLabel: "system:test",
      action: "thing.created",
      entityType: "thing",
      entityId: String(seq),
      before: null,
      after: { b: 2, a: [1, { z: true, y: null }] },
      requestId: null,
      prevHash: prev,
    };
    prev = sha(chainPayload(e));
    out.push({ ...e, hash: prev });
  }
  return out;
}

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: { d: 1, c: [3, { f: 1, e: 2 }] } }, '{"a":{"c":[3,{"e":2,"f":1}],"d":1}}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['x"y', '"x\\"y"'],
    [null, "null"],
  ])("%j -> %s", (value, text) => expect(canonicalJson(value)).toBe(text));
});

describe("findChainBreak", () => {
  it("accepts an intact chain, also checked in two runs", () => {
    const c = chain(5);
    expect(findChainBreak(c, null, sha)).toBeNull();
    expect(findChainBreak(c.slice(2), { seq: 2, hash: c[1]!.hash }, sha)).toBeNull();
  });
  it("finds an altered entry", () => {
    const c = chain(4);
    c[2] = { ...c[2]!, after: { forged: true } };
    expect(findChainBreak(c, null, sha)).toEqual({ seq: 3, reason: expect.stringMatching(/altered/) });
  });
  it("finds a removed entry", () => {
    const c = chain(4);
    c.splice(1, 1);
    expect(findChainBreak(c, null, sha)?.seq).toBe(3);
  });
  it("finds an entry re-hashed after editing (the next link no longer matches)", () => {
    const c = chain(4);
    const edited = { ...c[1]!, action: "thing.deleted" };
    c[1] = { ...edited, hash: sha(chainPayload(edited)) };
    expect(findChainBreak(c, null, sha)).toEqual({ seq: 3, reason: expect.stringMatching(/does not link/) });
  });
});
