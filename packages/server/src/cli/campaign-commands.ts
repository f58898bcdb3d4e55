import { Command, Option } from "commander";
import { and, eq, sql } from "drizzle-orm";
import {
  CAMPAIGN_STATUSES,
  CampaignListQuery,
  DomainError,
  MAX_PAGE_SIZE,
  type CampaignSummary,
} from "@openaims/core";
import { publicBaseUrl } from "../config.js";
import type { AimsDb } from "../db/client.js";
import { questionnaireTemplates, vendorContacts, vendors } from "../db/schema/index.js";
import { systemContext } from "../services/context.js";
import { mailerOf } from "../services/campaigns/mailer.js";
import { listCampaigns, sendCampaign } from "../services/campaigns/campaigns-service.js";
import { configFrom, output, withDatabase, type CommonOptions } from "./offline.js";

type SendOptions = CommonOptions & {
  vendor: string;
  template: string;
  contact: string;
  due: string;
  message?: string;
};

const line = (c: CampaignSummary) =>
  [
    c.key.padEnd(6),
    c.status.padEnd(11),
    c.linkState.padEnd(9),
    `due ${c.dueOn}`,
    `${c.progress.answered}/${c.progress.visible} answered`.padEnd(15),
    c.score === null ? "" : `score ${c.score} (${c.rating})`,
    `${c.vendor.key} ${c.vendor.name} — ${c.template.name} to ${c.contact.email}`,
  ]
    .filter(Boolean)
    .join("  ");

/** Ids of the vendor, template and contact named on the command line by key and e-mail. */
async function resolve(db: AimsDb, opts: SendOptions) {
  const [vendor] = await db
    .select({ id: vendors.id })
    .from(vendors)
    .where(eq(vendors.key, opts.vendor.toUpperCase()));
  if (!vendor) throw new DomainError("NOT_FOUND", `no vendor ${opts.vendor}`);
  const [template] = await db
    .select({ id: questionnaireTemplates.id })
    .from(questionnaireTemplates)
    .where(eq(questionnaireTemplates.key, opts.template.toUpperCase()));
  if (!template) throw new DomainError("NOT_FOUND", `no questionnaire template ${opts.template}`);
  const [contact] = await db
    .select({ id: vendorContacts.id })
    .from(vendorContacts)
    .where(
      and(
        eq(vendorContacts.vendorId, vendor.id),
        sql`lower(${vendorContacts.email}) = ${opts.contact.toLowerCase()}`,
      ),
    );
  if (!contact) throw new DomainError("NOT_FOUND", `${opts.vendor} has no contact ${opts.contact}`);
  return { vendorId: vendor.id, templateId: template.id, contactId: contact.id };
}

/** `aims questionnaire campaigns|send` (offline): questionnaires sent to vendors, through the API's services. */
export function campaignCommand(dataDir: () => Option, json: () => Option): Command {
  const questionnaire = new Command("questionnaire").description(
    "vendor questionnaires sent as links (campaigns)",
  );

  questionnaire
    .command("campaigns")
    .description("list the questionnaires sent to vendors and where each stands")
    .addOption(
      new Option("--status <status>", "only campaigns in this status").choices([...CAMPAIGN_STATUSES]),
    )
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: CommonOptions & { status?: string }) => {
      const items = await withDatabase(opts, "questionnaire campaigns", true, async ({ db }) => {
        const ctx = systemContext(db, "cli");
        const all: CampaignSummary[] = [];
        for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
          const page = await listCampaigns(
            ctx,
            CampaignListQuery.parse({ limit: MAX_PAGE_SIZE, offset, status: opts.status }),
          );
          all.push(...page.items);
          if (all.length >= page.total || page.items.length === 0) return all;
        }
      });
      output(opts, items, items.length ? items.map(line) : ["no questionnaires sent"]);
    });

  questionnaire
    .command("send")
    .description(
      "send a published questionnaire to a vendor contact; prints the link once (only its hash is kept)",
    )
    .requiredOption("--vendor <key>", "the vendor, e.g. VEN-1")
    .requiredOption("--template <key>", "a published template, e.g. QT-1")
    .requiredOption("--contact <email>", "the e-mail address of one of the vendor's contacts")
    .requiredOption("--due <date>", "when the answers are due (YYYY-MM-DD, after today)")
    .option("--message <text>", "a note to the contact, put in the invitation")
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: SendOptions) => {
      const config = configFrom(opts);
      const result = await withDatabase(opts, "questionnaire send", true, async ({ db }) =>
        sendCampaign(
          systemContext(db, "cli"),
          { ...(await resolve(db, opts)), dueOn: opts.due, message: opts.message ?? "" },
          { baseUrl: publicBaseUrl(config), mailer: mailerOf(config) },
        ),
      );
      const invitation = result.campaign.messages.find((m) => m.kind === "invitation");
      output(opts, result, [
        `sent ${result.campaign.key} (${result.campaign.template.name}) to ${result.campaign.contact.email}, due ${result.campaign.dueOn}`,
        `link (shown once; works until ${result.link.expiresAt}):`,
        result.link.url,
        invitation?.status === "sent"
          ? "the invitation was e-mailed with the link"
          : invitation?.status === "failed"
            ? `the invitation could not be e-mailed (${invitation.error}); send the link yourself`
            : "no e-mail server is configured (AIMS_SMTP_URL): send the link to the contact yourself",
      ]);
    });
  return questionnaire;
}
