import { Command, Option } from "commander";
import {
  MAX_PAGE_SIZE,
  VENDOR_CRITICALITIES,
  VENDOR_STATUSES,
  VendorListQuery,
  type Vendor,
  type VendorSummary,
} from "@openaims/core";
import { systemContext } from "../services/context.js";
import { createVendor, listVendors } from "../services/vendors/vendors-service.js";
import { output, withDatabase, type CommonOptions } from "./offline.js";

type AddOptions = CommonOptions & {
  name: string;
  criticality?: string;
  status?: string;
  website?: string;
  services?: string;
};

const line = (v: VendorSummary) =>
  [
    v.key.padEnd(7),
    (v.riskRating ?? "unrated").padEnd(8),
    v.criticality.padEnd(8),
    `review ${v.nextReviewOn ?? "none"} (${v.reviewState})`.padEnd(32),
    v.name,
    v.attention.length ? `— ${v.attention.map((a) => a.message).join("; ")}` : "",
  ]
    .join("  ")
    .trimEnd();

/** `aims vendor add|list` (offline): the vendor register through the same services as the API. */
export function vendorCommand(dataDir: () => Option, json: () => Option): Command {
  const vendor = new Command("vendor").description(
    "the vendor register: suppliers of AI components and services",
  );

  vendor
    .command("add")
    .description("register a vendor")
    .requiredOption("--name <name>", "the vendor's name")
    .addOption(
      new Option("--criticality <level>", "how much you depend on it (default medium)").choices([
        ...VENDOR_CRITICALITIES,
      ]),
    )
    .addOption(new Option("--status <status>", "default onboarding").choices([...VENDOR_STATUSES]))
    .option("--website <url>", "its web site (http or https)")
    .option("--services <text>", "what it provides")
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: AddOptions) => {
      const created = await withDatabase(opts, "vendor add", true, async ({ db }): Promise<Vendor> =>
        createVendor(systemContext(db, "cli"), {
          name: opts.name,
          ...(opts.criticality ? { criticality: opts.criticality as Vendor["criticality"] } : {}),
          ...(opts.status ? { status: opts.status as Vendor["status"] } : {}),
          ...(opts.website ? { website: opts.website } : {}),
          ...(opts.services ? { services: opts.services } : {}),
        }),
      );
      output(opts, created, [
        `added ${created.key} ${created.name} (${created.status}, criticality ${created.criticality}), first review due ${created.nextReviewOn}`,
      ]);
    });

  vendor
    .command("list")
    .description("list all vendors with their risk rating, criticality, next review and what needs attention")
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: CommonOptions) => {
      const items = await withDatabase(opts, "vendor list", true, async ({ db }) => {
        const ctx = systemContext(db, "cli");
        const all: VendorSummary[] = [];
        for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
          const page = await listVendors(ctx, VendorListQuery.parse({ limit: MAX_PAGE_SIZE, offset }));
          all.push(...page.items);
          if (all.length >= page.total || page.items.length === 0) return all;
        }
      });
      output(opts, items, items.length ? items.map(line) : ["no vendors"]);
    });
  return vendor;
}
