import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { VENDOR_RISK_RATINGS, type Vendor, type VendorRiskRating } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { ListTable } from "../../components/list-table";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListState } from "../../components/use-list-state";
import { formatDateTime } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { ConflictNote } from "./conflict-note";
import { RatingBadge } from "./rating-badge";
import { RATING_TONES, campaignPath } from "./vendor-labels";
import {
  VENDORS_KEY,
  VENDOR_CAMPAIGNS_KEY,
  afterVendorSaved,
  ratingHistory,
  setRating,
  vendorCampaigns,
} from "./vendors-api";

const RATING_OPTIONS = VENDOR_RISK_RATINGS.map((r) => ({ value: r, label: RATING_TONES[r].label }));

/** A manual rating, always with its reason (kept in the rating history and the audit trail). */
function ChangeRatingModal({ vendor, onClose }: { vendor: Vendor; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [rating, setRatingValue] = useState<VendorRiskRating | null>(vendor.riskRating);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState<{ rating?: string; reason?: string }>({});
  const save = useMutation({
    mutationFn: (r: VendorRiskRating) =>
      setRating(vendor.id, { version: vendor.version, rating: r, reason: reason.trim() }),
    onSuccess: (saved) => {
      afterVendorSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `${saved.key} is now rated ${RATING_TONES[saved.riskRating!].label.toLowerCase()}.`,
      });
      onClose();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      ...(rating ? {} : { rating: "Pick a rating" }),
      ...(reason.trim() ? {} : { reason: "Give the reason for the rating" }),
    };
    setMissing(problems);
    if (rating && reason.trim()) save.mutate(rating);
  }
  return (
    <Modal opened onClose={onClose} title={`Change the rating of ${vendor.key}`} centered>
      <form onSubmit={submit} noValidate aria-label="Change rating">
        <Stack>
          <Select
            label="Risk rating"
            data={RATING_OPTIONS}
            value={rating}
            onChange={(v) => setRatingValue(v as VendorRiskRating | null)}
            allowDeselect={false}
            error={missing.rating}
            required
          />
          <Textarea
            label="Reason"
            description="Why this rating: what you found, what is missing, what makes up for it."
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing((m) => ({ ...m, reason: undefined }));
            }}
            error={missing.reason}
            maxLength={2000}
          />
          <ConflictNote error={save.error} vendorId={vendor.id} onReload={onClose} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save rating
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Keys of the vendor's questionnaires by id, to name the one a rating came from. */
function useCampaignKeys(vendorId: string) {
  const query = useQuery({
    queryKey: [...VENDOR_CAMPAIGNS_KEY, "vendor", vendorId, "keys"],
    queryFn: ({ signal }) => vendorCampaigns(vendorId, { limit: 200, offset: 0 }, signal),
    staleTime: 30_000,
  });
  return new Map((query.data?.items ?? []).map((c) => [c.id, c.key]));
}

/**
 * The vendor's risk rating and every rating it was given, newest first: from accepted
 * questionnaires or set by hand with a reason (ISO/IEC 42001 A.10.3).
 */
export function VendorRating({ vendor }: { vendor: Vendor }) {
  const canApprove = useCan("records:approve");
  const [changing, setChanging] = useState(false);
  const keys = useCampaignKeys(vendor.id);
  const list = useListState<"at">("at", "desc", 10);
  const history = useListQuery(
    [...VENDORS_KEY, "history", vendor.id],
    { limit: list.pageSize, offset: list.offset },
    (q, signal) => ratingHistory(vendor.id, q, signal),
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid="vendor-rating-panel" aria-labelledby="rating-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Title order={3} size="h4" id="rating-heading">
              Risk rating
            </Title>
            <RatingBadge rating={vendor.riskRating} />
            <Text size="sm" c="dimmed">
              {vendor.lastScore === null
                ? "no questionnaire score yet"
                : `last score ${vendor.lastScore} / 100`}
            </Text>
          </Group>
          {canApprove ? (
            <Button size="xs" onClick={() => setChanging(true)}>
              Change rating
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          Accepting a questionnaire applies its score and rating; managers can also set the rating by hand,
          with the reason. Every change stays in this history.
        </Text>
        <ListTable
          testId="rating-history"
          minWidth={720}
          columns={[
            { label: "When" },
            { label: "Rating" },
            { label: "Score" },
            { label: "Source" },
            { label: "Reason" },
            { label: "By" },
          ]}
          result={history}
          emptyText="Not rated yet."
          list={list}
          noun="ratings"
          tableProps={{ verticalSpacing: "xs" }}
          row={(e) => (
            <Table.Tr key={e.id} data-testid="rating-history-row" data-source={e.source}>
              <Table.Td style={NOWRAP}>{formatDateTime(e.at)}</Table.Td>
              <Table.Td style={NOWRAP}>
                <RatingBadge rating={e.rating} />
              </Table.Td>
              <Table.Td style={NOWRAP}>{e.score ?? "—"}</Table.Td>
              <Table.Td style={NOWRAP}>
                {e.source === "manual" ? (
                  "Set by hand"
                ) : e.campaignId ? (
                  <>
                    Questionnaire{" "}
                    <Anchor
                      component={Link}
                      to={campaignPath(e.campaignId)}
                      ff="monospace"
                      size="sm"
                      fw={600}
                    >
                      {keys.get(e.campaignId) ?? "open"}
                    </Anchor>
                  </>
                ) : (
                  "Questionnaire"
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e.reason || "—"}
                </Text>
              </Table.Td>
              <Table.Td>{e.actorLabel}</Table.Td>
            </Table.Tr>
          )}
        />
      </Stack>
      {changing ? <ChangeRatingModal vendor={vendor} onClose={() => setChanging(false)} /> : null}
    </Paper>
  );
}
