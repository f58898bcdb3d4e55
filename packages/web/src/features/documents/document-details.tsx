import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  canActInBusinessUnit,
  DOCUMENT_KINDS,
  editBlocker,
  MAX_REVIEW_MONTHS,
  type DocumentControlLink,
  type DocumentKind,
  type DocumentRequirementLink,
  type DocumentView,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { isApiError } from "../../api/errors";
import { Fact } from "../../components/fact";
import { FormAlert } from "../../components/form-alert";
import { useCan, useMe } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useOwnerOptions } from "../controls/control-owner-options";
import { controlPath } from "../controls/control-paths";
import { requirementPathOfKey } from "../frameworks/framework-paths";
import { useUserNames } from "../users/use-user-names";
import { cadenceText, KIND_LABELS } from "./document-labels";
import { ControlLinkPicker, RequirementLinkPicker } from "./document-link-pickers";
import { afterDocumentSaved, updateDocument } from "./documents-api";

function LinkList<T>({
  items,
  empty,
  label,
  remove,
}: {
  items: T[];
  empty: string;
  label: (item: T) => React.ReactNode;
  remove?: (item: T) => void;
}) {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Stack gap={4}>
      {items.map((item, i) => (
        <Group key={i} gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm" style={{ minWidth: 0 }}>
            {label(item)}
          </Text>
          {remove ? (
            <ActionIcon variant="subtle" color="red" aria-label="Remove link" onClick={() => remove(item)}>
              ×
            </ActionIcon>
          ) : null}
        </Group>
      ))}
    </Stack>
  );
}

/** Owner, kind, unit, review cadence, summary and the links to requirements and controls. */
export function DocumentDetails({ doc }: { doc: DocumentView }) {
  const me = useMe();
  const canWrite =
    useCan("records:write") && canActInBusinessUnit(me.user, doc.businessUnitId) && !editBlocker(doc);
  const canReadUsers = useCan("users:read");
  const owners = useOwnerOptions(canWrite && canReadUsers);
  const units = useBusinessUnitOptions();
  const users = useUserNames();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<DocumentKind>(doc.kind);
  const [summary, setSummary] = useState(doc.summary);
  const [ownerId, setOwnerId] = useState<string | null>(doc.ownerId);
  const [unitId, setUnitId] = useState<string | null>(doc.businessUnitId);
  const [months, setMonths] = useState<number | string>(doc.reviewEveryMonths ?? "");
  const [requirements, setRequirements] = useState<DocumentRequirementLink[]>(doc.requirements);
  const [controls, setControls] = useState<DocumentControlLink[]>(doc.controls);

  const save = useMutation({
    mutationFn: () =>
      updateDocument(doc.id, {
        version: doc.version,
        kind,
        summary: summary.trim(),
        ownerId,
        businessUnitId: unitId,
        reviewEveryMonths: typeof months === "number" ? months : null,
        requirementKeys: requirements.map((r) => r.key),
        controlIds: controls.map((c) => c.id),
      }),
    onSuccess: (d) => {
      afterDocumentSaved(queryClient, d);
      notifications.show({ color: "green", message: `Details of ${d.key} saved.` });
    },
  });
  const fieldErrors = isApiError(save.error) ? save.error.fieldErrors : {};
  const unitName = (id: string | null) => (id ? units.nameOf(id) : "Whole organization");
  const requirementLabel = (r: DocumentRequirementLink) => (
    <Anchor component={Link} to={requirementPathOfKey(r.key) ?? "#"} size="sm">
      <Text span ff="monospace" size="sm">
        {r.key}
      </Text>{" "}
      {r.title ?? "(no longer in its catalog)"}
    </Anchor>
  );
  const controlLabel = (c: DocumentControlLink) => (
    <Anchor component={Link} to={controlPath(c.id)} size="sm">
      <Text span ff="monospace" size="sm">
        {c.code}
      </Text>{" "}
      {c.title}
    </Anchor>
  );

  if (!canWrite)
    return (
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Fact label="Kind" value={KIND_LABELS[doc.kind]} />
          <Fact label="Owner" value={users.nameOf(doc.ownerId, "—")} />
          <Fact label="Business unit" value={unitName(doc.businessUnitId)} />
          <Fact label="Review" value={cadenceText(doc.reviewEveryMonths)} />
          <Fact label="Adopted from" value={doc.templateCode ?? "—"} />
        </SimpleGrid>
        <Fact label="Summary" value={doc.summary} />
        <Title order={3} size="h5">
          Requirements addressed
        </Title>
        <LinkList items={doc.requirements} empty="No requirement linked." label={requirementLabel} />
        <Title order={3} size="h5">
          Controls supported
        </Title>
        <LinkList items={doc.controls} empty="No control linked." label={controlLabel} />
      </Stack>
    );

  return (
    <form
      aria-label="Document details"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <Select
            label="Kind"
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={kind}
            onChange={(v) => v && setKind(v as DocumentKind)}
            allowDeselect={false}
          />
          <Select
            label="Owner"
            placeholder="Nobody"
            searchable
            clearable
            data={
              canReadUsers
                ? owners.options
                : ownerId
                  ? [{ value: ownerId, label: users.nameOf(ownerId, "current owner") }]
                  : []
            }
            value={ownerId}
            onChange={setOwnerId}
            error={fieldErrors.ownerId}
          />
          <Select
            label="Business unit"
            placeholder="Whole organization"
            clearable
            data={units.options}
            value={unitId}
            onChange={setUnitId}
            error={fieldErrors.businessUnitId}
          />
          <NumberInput
            label="Review every (months)"
            placeholder="No periodic review"
            min={1}
            max={MAX_REVIEW_MONTHS}
            allowDecimal={false}
            value={months}
            onChange={setMonths}
            error={fieldErrors.reviewEveryMonths}
          />
        </SimpleGrid>
        <Textarea
          label="Summary"
          autosize
          minRows={2}
          maxLength={1000}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={fieldErrors.summary}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={3} size="h5">
                Requirements addressed
              </Title>
              <LinkList
                items={requirements}
                empty="No requirement linked yet."
                label={requirementLabel}
                remove={(r) => setRequirements((list) => list.filter((x) => x.key !== r.key))}
              />
              <RequirementLinkPicker
                linked={new Set(requirements.map((r) => r.key))}
                onAdd={(r) => setRequirements((list) => [...list, r])}
              />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={3} size="h5">
                Controls supported
              </Title>
              <LinkList
                items={controls}
                empty="No control linked yet."
                label={controlLabel}
                remove={(c) => setControls((list) => list.filter((x) => x.id !== c.id))}
              />
              <ControlLinkPicker
                linked={new Set(controls.map((c) => c.id))}
                onAdd={(c) => setControls((list) => [...list, c])}
              />
            </Stack>
          </Paper>
        </SimpleGrid>
        <FormAlert error={save.error && Object.keys(fieldErrors).length === 0 ? save.error : null} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
