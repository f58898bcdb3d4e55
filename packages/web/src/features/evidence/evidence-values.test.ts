import { describe, expect, it } from "vitest";
import type { EvidenceDetail } from "@openaims/core";
import { uploadForm } from "./evidence-api";
import { sizeLabel, targetPath } from "./evidence-labels";
import {
  emptyEvidence,
  evidenceChanges,
  evidenceValuesOf,
  linkBody,
  titleFromFileName,
} from "./evidence-values";

const item: EvidenceDetail = {
  id: "0b5b1d2e-8f1e-4a57-9a53-5b0d3c1e2f00",
  key: "EV-4",
  title: "Access review",
  description: "",
  kind: "link",
  url: "https://example.org/review",
  fileName: null,
  contentType: null,
  sizeBytes: null,
  sha256: null,
  collectedOn: "2030-01-01",
  effectiveOn: null,
  validUntil: "2030-12-31",
  ownerId: null,
  businessUnitId: null,
  source: "manual",
  state: "current",
  staleReason: null,
  linkCount: 0,
  links: [],
  createdAt: "2030-01-01T00:00:00.000Z",
  updatedAt: "2030-01-01T00:00:00.000Z",
  version: 3,
};

describe("evidence form values", () => {
  it("sends only changed fields with the version read, empty dates as null", () => {
    const values = evidenceValuesOf(item);
    expect(evidenceChanges(item, values)).toBeNull();
    expect(evidenceChanges(item, { ...values, validUntil: "", title: "Access review Q1" })).toEqual({
      version: 3,
      validUntil: null,
      title: "Access review Q1",
    });
    expect(
      evidenceChanges({ ...item, kind: "file" }, { ...values, url: "https://other.example.org" }),
    ).toBeNull();
  });

  it("builds the link body with today's collection date and the links", () => {
    const v = { ...emptyEvidence("2030-05-01"), title: "Card", url: " https://example.org/card " };
    expect(linkBody(v, [{ targetType: "control", targetId: item.id }])).toEqual({
      title: "Card",
      description: "",
      url: "https://example.org/card",
      collectedOn: "2030-05-01",
      effectiveOn: null,
      validUntil: null,
      ownerId: null,
      businessUnitId: null,
      source: "manual",
      links: [{ targetType: "control", targetId: item.id }],
    });
  });

  it("puts every given field and the file in the multipart form, links as JSON", () => {
    const file = new File(["%PDF-1.7"], "report.pdf", { type: "application/pdf" });
    const form = uploadForm(file, {
      ...emptyEvidence("2030-05-01"),
      title: " Report ",
      validUntil: "2031-01-01",
      links: [{ targetType: "requirement", targetId: "iso-iec-42001:2023/A.6.2.4" }],
    });
    expect(form.get("title")).toBe("Report");
    expect(form.get("validUntil")).toBe("2031-01-01");
    expect(form.get("effectiveOn")).toBeNull();
    expect(JSON.parse(String(form.get("links")))).toEqual([
      { targetType: "requirement", targetId: "iso-iec-42001:2023/A.6.2.4" },
    ]);
    expect((form.get("file") as File).name).toBe("report.pdf");
    expect([...form.keys()].at(-1)).toBe("file");
  });

  it("derives a title from a file name, paths of linked records and sizes", () => {
    expect(titleFromFileName("bias-test_q1.pdf")).toBe("bias test q1");
    expect(targetPath("requirement", "iso-iec-42001:2023/A.6.2.4")).toBe(
      "/frameworks/catalogs/iso-iec-42001:2023/requirements/A.6.2.4",
    );
    expect(targetPath("control", item.id)).toBe(`/controls/library/${item.id}`);
    expect(targetPath("vendor", "x")).toBe("/vendors/list/x");
    expect([sizeLabel(300), sizeLabel(2048), sizeLabel(5 * 1024 * 1024), sizeLabel(null)]).toEqual([
      "300 bytes",
      "2 KiB",
      "5.0 MiB",
      "—",
    ]);
  });
});
