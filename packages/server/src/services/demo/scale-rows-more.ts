// Rows of the scale organization's evidence and vendor register (see scale-rows.ts for the others).
import { createHash } from "node:crypto";
import { addDays, checkEvidenceFile, nextReviewDate } from "@openaims/core";
import type {
  evidence,
  evidenceFiles,
  evidenceLinks,
  vendorAiSystems,
  vendorCertifications,
  vendorContacts,
  vendorRiskRatings,
  vendors,
} from "../../db/schema/index.js";
import { stampOf } from "./scale-audit.js";
import type { Built, RowContext } from "./scale-rows.js";
import { formatKey } from "@openaims/core";

const MAX_FILE_BYTES = 1024 * 1024;

export function evidenceRows(c: RowContext): Built<{
  evidence: (typeof evidence.$inferInsert)[];
  files: (typeof evidenceFiles.$inferInsert)[];
  links: (typeof evidenceLinks.$inferInsert)[];
}> {
  const files: (typeof evidenceFiles.$inferInsert)[] = [];
  const rows = c.plan.evidence.map((e, i) => {
    const id = c.ids.evidence[i]!;
    const key = formatKey("evidence", c.keyBase("evidence") + i + 1);
    const collectedOn = addDays(c.today, -e.collectedDaysAgo);
    const stamp = stampOf(c.timeline, c.created("evidence") + i, [], {
      plan: c.fillers,
      p: c.target("evidence") + i,
    });
    const content = e.file
      ? (() => {
          const bytes = Buffer.from(
            `${e.title}\nEvidence ${key}, collected ${collectedOn}.\nSource: ${e.url}\n`,
          );
          const checked = checkEvidenceFile(
            { name: `evidence-${key.toLowerCase()}.txt`, bytes },
            MAX_FILE_BYTES,
          );
          files.push({ evidenceId: id, content: bytes });
          return {
            kind: "file",
            url: null,
            fileName: checked.fileName,
            contentType: checked.contentType,
            sizeBytes: bytes.length,
            sha256: createHash("sha256").update(bytes).digest("hex"),
          };
        })()
      : { kind: "link", url: e.url };
    return {
      id,
      key,
      title: e.title,
      ...content,
      collectedOn,
      validUntil: e.validForDays === null ? null : addDays(c.today, e.validForDays),
      ownerId: c.ids.users[e.owner]!,
      businessUnitId: e.unit === null ? null : c.ids.units[e.unit]!,
      source: "manual",
      ...stamp,
    };
  });
  const links = c.plan.evidence.flatMap((e, i) =>
    e.controls.map((control) => ({
      evidenceId: c.ids.evidence[i]!,
      targetType: "control",
      targetId: c.ids.controls[control]!,
      createdAt: rows[i]!.createdAt,
    })),
  );
  const events = rows.map((r, i) => ({
    action: "evidence.created",
    entityType: "evidence",
    entityId: r.id,
    actor: c.actorOf(c.plan.evidence[i]!.owner),
    after: {
      id: r.id,
      key: r.key,
      title: r.title,
      kind: r.kind,
      validUntil: r.validUntil,
      controls: c.plan.evidence[i]!.controls.map((control) => c.ids.controls[control]!),
    },
  }));
  const targets = rows.map((r, i) => ({
    entityType: "evidence",
    entityId: r.id,
    key: r.key,
    actor: c.actorOf(c.plan.evidence[i]!.owner),
    version: 1,
  }));
  return { rows: { evidence: rows, files, links }, events, targets };
}

export type VendorParts = {
  vendors: (typeof vendors.$inferInsert)[];
  contacts: (typeof vendorContacts.$inferInsert)[];
  certifications: (typeof vendorCertifications.$inferInsert)[];
  systems: (typeof vendorAiSystems.$inferInsert)[];
  ratings: (typeof vendorRiskRatings.$inferInsert)[];
};

/**
 * Bulk vendors are the plan's vendors after the first `campaigns` (which the services made, with
 * their contact); every vendor gets its certifications and AI system links here.
 */
export function vendorRows(c: RowContext): Built<VendorParts> {
  const first = c.plan.counts.campaigns;
  const bulk = c.plan.vendors.slice(first);
  const ratedAt = c.created("ratings");
  let rated = 0;
  const ratingEvents: Built<VendorParts>["events"] = [];
  const ratings: VendorParts["ratings"] = [];
  const rows = bulk.map((v, i) => {
    const id = c.ids.vendors[first + i]!;
    const key = formatKey("vendor", c.keyBase("vendor") + i + 1);
    const lastReviewedOn = addDays(c.today, -v.lastReviewedDaysAgo);
    const contractStart = addDays(lastReviewedOn, -365);
    const ratingEvent = v.rating ? ratedAt + rated++ : null;
    const stamp = stampOf(c.timeline, c.created("vendors") + i, ratingEvent === null ? [] : [ratingEvent], {
      plan: c.fillers,
      p: c.target("vendors") + i,
    });
    if (v.rating && ratingEvent !== null) {
      const actor = c.actorOf(v.owner);
      ratings.push({
        vendorId: id,
        rating: v.rating,
        score: null,
        reason: v.ratingReason,
        source: "manual",
        campaignId: null,
        actorLabel: actor.label,
        at: c.timeline.at(ratingEvent),
      });
      ratingEvents.push({
        action: "vendor.rated",
        entityType: "vendor",
        entityId: id,
        actor,
        before: { key, riskRating: null, lastScore: null },
        after: {
          key,
          riskRating: v.rating,
          lastScore: null,
          reason: v.ratingReason,
          source: "manual",
          campaignId: null,
        },
      });
    }
    return {
      id,
      key,
      name: v.name,
      legalName: `${v.name} Ltd`,
      website: `https://vendor-${first + i + 1}.example.com`,
      services: v.services,
      status: v.status,
      criticality: v.criticality,
      dataShared: v.dataShared,
      contractStart,
      contractEnd: addDays(contractStart, 3 * 365),
      ownerId: c.ids.users[v.owner]!,
      businessUnitId: v.unit === null ? null : c.ids.units[v.unit]!,
      riskRating: v.rating,
      lastReviewedOn,
      nextReviewOn: nextReviewDate(lastReviewedOn, 12),
      ...stamp,
    };
  });
  const contacts = bulk.map((v, i) => ({
    vendorId: rows[i]!.id,
    ...v.contact,
    isPrimary: true,
    createdAt: rows[i]!.createdAt,
  }));
  const certifications = c.plan.vendors.flatMap((v, i) =>
    v.certifications.map((cert) => ({
      vendorId: c.ids.vendors[i]!,
      kind: cert.kind,
      label: cert.label,
      issuer: "Accredited certification body",
      issuedOn: addDays(c.today, -cert.issuedDaysAgo),
      expiresOn: addDays(c.today, cert.expiresInDays),
    })),
  );
  const systems = c.plan.vendors.flatMap((v, i) =>
    v.systems.map((s) => ({
      vendorId: c.ids.vendors[i]!,
      aiSystemId: c.ids.aiSystems[s.system]!,
      component: s.component,
    })),
  );
  const events = rows.map((r, i) => ({
    action: "vendor.created",
    entityType: "vendor",
    entityId: r.id,
    actor: c.actorOf(bulk[i]!.owner),
    after: { id: r.id, key: r.key, name: r.name, status: r.status, criticality: r.criticality },
  }));
  const targets = rows.map((r, i) => ({
    entityType: "vendor",
    entityId: r.id,
    key: r.key,
    actor: c.actorOf(bulk[i]!.owner),
    version: r.riskRating ? 2 : 1,
  }));
  return {
    rows: { vendors: rows, contacts, certifications, systems, ratings },
    events: [...events, ...ratingEvents],
    targets,
  };
}
