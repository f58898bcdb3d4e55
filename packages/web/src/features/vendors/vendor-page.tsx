import { Anchor, Breadcrumbs, SimpleGrid, Stack, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { LoadStatus } from "../../components/query-state";
import { RecordEvidencePanel } from "../evidence/record-evidence-panel";
import { VendorAiSystems } from "./vendor-ai-systems";
import { VendorCampaigns } from "./vendor-campaigns";
import { VendorCertifications } from "./vendor-certifications";
import { VendorContacts } from "./vendor-contacts";
import { VendorHeader } from "./vendor-header";
import { VENDORS_PATH } from "./vendor-labels";
import { VendorProfile } from "./vendor-profile";
import { VendorRating } from "./vendor-rating";
import { getVendor, vendorKey } from "./vendors-api";

const TABS = ["overview", "profile", "rating", "questionnaires", "evidence"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = {
  overview: "Overview",
  profile: "Profile",
  rating: "Risk rating",
  questionnaires: "Questionnaires",
  evidence: "Evidence",
};

/**
 * A vendor of the register (`/vendors/list/:id`, ISO/IEC 42001 A.10.2, A.10.3): contacts,
 * certifications and AI systems supplied; its profile; rating and history; questionnaires; evidence.
 */
export function VendorPage() {
  const id = useParams().id ?? "";
  const [params, setParams] = useSearchParams();
  const asked = params.get("tab") ?? "";
  const tab: Tab = (TABS as readonly string[]).includes(asked) ? (asked as Tab) : "overview";
  const query = useQuery({ queryKey: vendorKey(id), queryFn: ({ signal }) => getVendor(id, signal) });
  const v = query.data;

  return (
    <section aria-labelledby="vendor-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={VENDORS_PATH} size="sm">
          Vendors
        </Anchor>
        <Text size="sm" ff="monospace">
          {v?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        what="vendor"
      />
      {v ? (
        <>
          <VendorHeader vendor={v} />
          <Tabs
            value={tab}
            onChange={(t) => setParams(t && t !== "overview" ? { tab: t } : {}, { replace: true })}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {TABS.map((t) => (
                <Tabs.Tab key={t} value={t}>
                  {TAB_LABELS[t]}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="overview">
              <Stack gap="md">
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                  <VendorContacts vendor={v} />
                  <VendorAiSystems vendor={v} />
                </SimpleGrid>
                <VendorCertifications vendor={v} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="profile">
              <VendorProfile key={`${v.id}@${v.version}`} vendor={v} />
            </Tabs.Panel>
            <Tabs.Panel value="rating">
              <VendorRating vendor={v} />
            </Tabs.Panel>
            <Tabs.Panel value="questionnaires">
              <VendorCampaigns vendor={v} />
            </Tabs.Panel>
            <Tabs.Panel value="evidence">
              <RecordEvidencePanel
                target={{ targetType: "vendor", targetId: v.id }}
                subject="vendor"
                name={v.key}
              />
            </Tabs.Panel>
          </Tabs>
        </>
      ) : null}
    </section>
  );
}
