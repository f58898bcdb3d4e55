import { Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useOwnerOptions } from "../controls/control-owner-options";
import type { EvidenceFormValues } from "./evidence-values";

type Props = {
  values: EvidenceFormValues;
  set: <K extends keyof EvidenceFormValues>(key: K, value: EvidenceFormValues[K]) => void;
  errors: Record<string, string>;
  readOnly?: boolean;
  /** Shows the address field (link evidence). */
  withUrl?: boolean;
};

/** Title, description, the three dates, owner, unit and source: shared by the modals and the evidence page. */
export function EvidenceFields({ values, set, errors, readOnly = false, withUrl = false }: Props) {
  const canReadUsers = useCan("users:read");
  const canReadUnits = useCan("business-units:read");
  const owners = useOwnerOptions(canReadUsers);
  const units = useBusinessUnitOptions(canReadUnits);
  return (
    <Stack gap="sm">
      {withUrl ? (
        <TextInput
          label="Address"
          description="An http:// or https:// address where the evidence is kept."
          placeholder="https://"
          required
          type="url"
          value={values.url}
          onChange={(e) => set("url", e.currentTarget.value)}
          error={errors.url}
          readOnly={readOnly}
        />
      ) : null}
      <TextInput
        label="Title"
        required
        value={values.title}
        onChange={(e) => set("title", e.currentTarget.value)}
        error={errors.title}
        readOnly={readOnly}
      />
      <Textarea
        label="Description"
        autosize
        minRows={2}
        maxRows={6}
        value={values.description}
        onChange={(e) => set("description", e.currentTarget.value)}
        error={errors.description}
        readOnly={readOnly}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          type="date"
          label="Collected on"
          description="When it was gathered."
          value={values.collectedOn}
          onChange={(e) => set("collectedOn", e.currentTarget.value)}
          error={errors.collectedOn}
          readOnly={readOnly}
        />
        <TextInput
          type="date"
          label="Effective from"
          description="Empty: holds from now."
          value={values.effectiveOn}
          onChange={(e) => set("effectiveOn", e.currentTarget.value)}
          error={errors.effectiveOn}
          readOnly={readOnly}
        />
        <TextInput
          type="date"
          label="Valid until"
          description="The last day it holds; empty: no expiry."
          value={values.validUntil}
          onChange={(e) => set("validUntil", e.currentTarget.value)}
          error={errors.validUntil}
          readOnly={readOnly}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {canReadUsers ? (
          <Select
            label="Owner"
            description="Reminded before it expires."
            placeholder="No owner (managers are reminded)"
            data={owners.options}
            value={values.ownerId}
            onChange={(v) => set("ownerId", v)}
            searchable
            clearable
            error={errors.ownerId}
            readOnly={readOnly}
          />
        ) : null}
        {canReadUnits ? (
          <Select
            label="Business unit"
            placeholder="Organization-wide"
            data={units.options}
            value={values.businessUnitId}
            onChange={(v) => set("businessUnitId", v)}
            searchable
            clearable
            error={errors.businessUnitId}
            readOnly={readOnly}
          />
        ) : null}
        <TextInput
          label="Source"
          description="Where it came from."
          value={values.source}
          onChange={(e) => set("source", e.currentTarget.value)}
          error={errors.source}
          readOnly={readOnly}
        />
      </SimpleGrid>
    </Stack>
  );
}
