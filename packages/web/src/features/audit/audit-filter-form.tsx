import { Button, Group, Select, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { EMPTY_AUDIT_FILTERS, activeFilterCount, type AuditFilterValues } from "./audit-filters";

type Props = {
  applied: AuditFilterValues;
  fieldErrors: Record<string, string>;
  onApply: (filters: AuditFilterValues) => void;
};

const ORDER_OPTIONS = [
  { value: "desc", label: "Newest first" },
  { value: "asc", label: "Oldest first" },
];

/**
 * Filters of the audit trail; applied on "Apply filters" so typing does not fire a query per key.
 * Render it with `key` derived from `applied`, so a filter set from the table resets the draft.
 */
export function AuditFilterForm({ applied, fieldErrors, onApply }: Props) {
  // The page re-mounts this form (key) when the applied filters change from elsewhere.
  const [draft, setDraft] = useState(applied);

  const set =
    (key: Exclude<keyof AuditFilterValues, "order">) => (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: value }));
    };
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form onSubmit={submit} role="search" aria-label="Filter the audit trail">
      <Group align="flex-start" gap="sm" wrap="wrap" mb="md">
        <TextInput
          label="Entity type"
          placeholder="e.g. user"
          value={draft.entityType}
          onChange={set("entityType")}
          error={fieldErrors.entityType}
          w={160}
        />
        <TextInput
          label="Entity ID"
          value={draft.entityId}
          onChange={set("entityId")}
          error={fieldErrors.entityId}
          w={200}
        />
        <TextInput
          label="Actor ID"
          placeholder="User UUID"
          value={draft.actorId}
          onChange={set("actorId")}
          error={fieldErrors.actorId}
          w={200}
        />
        <TextInput
          label="From"
          type="datetime-local"
          value={draft.from}
          onChange={set("from")}
          error={fieldErrors.from}
          w={200}
        />
        <TextInput
          label="To"
          type="datetime-local"
          value={draft.to}
          onChange={set("to")}
          error={fieldErrors.to}
          w={200}
        />
        <Select
          label="Order"
          data={ORDER_OPTIONS}
          value={draft.order}
          allowDeselect={false}
          onChange={(v) => setDraft((d) => ({ ...d, order: v === "asc" ? "asc" : "desc" }))}
          w={150}
        />
        <Group gap="xs" mt={25}>
          <Button type="submit">Apply filters</Button>
          {activeFilterCount(applied) > 0 || applied.order !== "desc" ? (
            <Button variant="default" onClick={() => onApply(EMPTY_AUDIT_FILTERS)}>
              Clear filters
            </Button>
          ) : null}
        </Group>
      </Group>
    </form>
  );
}
