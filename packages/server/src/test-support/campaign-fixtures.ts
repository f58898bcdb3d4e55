/** Shared set-up of the campaign and portal tests: a vendor with a contact and an AI system, a published template. */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { PORTAL_LINK_HEADER, QuestionnaireContent, type Role } from "@openaims/core";
import {
  questionnaireTemplates,
  vendorAiSystems,
  vendorCampaigns,
  vendorContacts,
  vendors,
} from "../db/schema/index.js";
import { nextKey } from "../services/shared/keys.js";
import { bearer, type TestApp } from "./test-app.js";

export const CONTENT = QuestionnaireContent.parse({
  sections: [
    {
      id: "gov",
      title: "Governance",
      questions: [
        {
          id: "iso",
          text: "Are you certified to ISO/IEC 42001?",
          type: "yes_no",
          required: true,
          weight: 2,
          options: [
            { id: "yes", label: "Yes", score: 10 },
            { id: "no", label: "No", score: 0 },
          ],
        },
        {
          id: "iso-cert",
          text: "Upload the certificate",
          type: "file",
          required: true,
          weight: 0,
          showIf: { questionId: "iso", anyOf: ["yes"] },
        },
        { id: "policy", text: "Describe your AI policy", type: "text", required: true, weight: 1 },
      ],
    },
    {
      id: "data",
      title: "Data handling",
      questions: [
        {
          id: "retention",
          text: "How long do you keep our data?",
          type: "single_choice",
          required: true,
          options: [
            { id: "30d", label: "30 days", score: 10 },
            { id: "1y", label: "One year", score: 5 },
            { id: "forever", label: "Indefinitely", score: 0 },
          ],
        },
        { id: "notes", text: "Anything else?", type: "text", weight: 0 },
      ],
    },
  ],
});

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export type Fixture = {
  vendorId: string;
  vendorKey: string;
  contactId: string;
  otherContactId: string;
  aiSystemId: string;
  templateId: string;
  draftTemplateId: string;
};

/** A vendor with a contact, an AI system it supplies, and a published and a draft template. */
export async function createFixture(t: TestApp, name = "Acme Models"): Promise<Fixture> {
  const db = t.database.db;
  const system = await t.app.inject({
    method: "POST",
    url: "/api/v1/ai-systems",
    headers: bearer(t.tokens.manager),
    payload: { name: `${name} chatbot`, lifecycleStage: "design" },
  });
  expect(system.statusCode, system.body).toBe(201);
  return db.transaction(async (tx) => {
    const make = async (n: string) => {
      const [v] = await tx
        .insert(vendors)
        .values({ key: await nextKey(tx, "vendor"), name: n, status: "active", criticality: "high" })
        .returning();
      return v!;
    };
    const vendor = await make(name);
    const other = await make(`${name} rival`);
    const [contact] = await tx
      .insert(vendorContacts)
      .values({ vendorId: vendor.id, name: "Vera Vendor", email: "vera@vendor.example", isPrimary: true })
      .returning();
    const [otherContact] = await tx
      .insert(vendorContacts)
      .values({ vendorId: other.id, name: "Otto Other", email: "otto@other.example" })
      .returning();
    await tx
      .insert(vendorAiSystems)
      .values({ vendorId: vendor.id, aiSystemId: system.json().id, component: "model API" });
    const template = async (status: string) => {
      const [row] = await tx
        .insert(questionnaireTemplates)
        .values({
          key: await nextKey(tx, "questionnaireTemplate"),
          name: "AI vendor questionnaire",
          status,
          content: CONTENT,
        })
        .returning();
      return row!.id;
    };
    return {
      vendorId: vendor.id,
      vendorKey: vendor.key,
      contactId: contact!.id,
      otherContactId: otherContact!.id,
      aiSystemId: system.json().id,
      templateId: await template("published"),
      draftTemplateId: await template("draft"),
    };
  });
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export type Sent = {
  campaign: { id: string; key: string; version: number; status: string; linkState: string };
  link: { url: string; token: string; expiresAt: string };
};

/** Sends the published template to the fixture's contact. */
export async function send(
  t: TestApp,
  f: Fixture,
  role: Role = "contributor",
  extra: object = {},
): Promise<Sent> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/v1/vendor-campaigns",
    headers: bearer(t.tokens[role]),
    payload: {
      vendorId: f.vendorId,
      templateId: f.templateId,
      contactId: f.contactId,
      dueOn: inDays(10),
      ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Sent;
}

/** A portal call with the link token (and nothing else). */
export function portal(
  t: TestApp,
  token: string,
  method: "GET" | "PUT" | "POST" | "DELETE",
  path: string,
  payload?: object,
) {
  return t.app.inject({
    method,
    url: `/api/v1/portal/${path}`,
    headers: { [PORTAL_LINK_HEADER]: token },
    payload,
  });
}

/** A multipart upload to the portal. */
export function upload(t: TestApp, token: string, questionId: string, fileName: string, bytes: Buffer) {
  const boundary = "----aims-test-boundary";
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="questionId"\r\n\r\n${questionId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: "POST",
    url: "/api/v1/portal/files",
    headers: { [PORTAL_LINK_HEADER]: token, "content-type": `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

export async function campaignRow(t: TestApp, id: string) {
  const [row] = await t.database.db.select().from(vendorCampaigns).where(eq(vendorCampaigns.id, id));
  return row!;
}
