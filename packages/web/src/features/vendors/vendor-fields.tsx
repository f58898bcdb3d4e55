import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import {
  VENDOR_CRITICALITIES,
  VENDOR_DATA_CATEGORIES,
  VENDOR_DATA_CATEGORY_LABELS,
  VENDOR_STATUSES,
  type VendorCriticality,
  type VendorDataCategory,
  type VendorStatus,
} from "@openaims/core";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useOwnerOptions } from "../controls/control-owner-options";
import { CRITICALITY_LABELS, STATUS_LABELS } from "./vendor-labels";
import type { VendorValues } from "./vendor-form";

const STATUS_OPTIONS = VENDOR_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s].label }));
const CRITICALITY_OPTIONS = VENDOR_CRITICALITIES.map((c) => ({
  value: c,
  label: CRITICALITY_LABELS[c].label,
}));
const DATA_OPTIONS = VENDOR_DATA_CATEGORIES.map((c) => ({ value: c, label: VENDOR_DATA_CATEGORY_LABELS[c] }));

type Props = {
  values: VendorValues;
  set: <K extends keyof VendorValues>(key: K, value: VendorValues[K]) => void;
  errors: Readonly<Record<string, string>>;
  /** "create": the fields needed to register; "edit": every field of the profile. */
  mode: "create" | "edit";
  readOnly?: boolean;
  /** The owner's name when the picker cannot list people (no users:read). */
  ownerName?: string;
};

/** The fields of a vendor: who it is, what it supplies, what data it receives, contract and review. */
export function VendorFields({ values, set, errors, mode, readOnly = false, ownerName }: Props) {
  const canReadUsers = useCan("users:read");
  const canReadUnits = useCan("business-units:read");
  const owners = useOwnerOptions(canReadUsers && !readOnly);
  const units = useBusinessUnitOptions(canReadUnits);
  const edit = mode === "edit";
  const text = (key: "legalName" | "website", label: string, max: number, description?: string) => (
    <TextInput
      label={label}
      description={description}
      readOnly={readOnly}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
      maxLength={max}
    />
  );
  const area = (
    key: "services" | "description" | "dataSharedNote" | "notes",
    label: string,
    description: string,
  ) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      maxRows={8}
      readOnly={readOnly}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
    />
  );
  const date = (
    key: "contractStart" | "contractEnd" | "lastReviewedOn" | "nextReviewOn",
    label: string,
    description?: string,
  ) => (
    <TextInput
      type="date"
      label={label}
      description={description}
      readOnly={readOnly}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
    />
  );

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Name"
          required
          readOnly={readOnly}
          value={values.name}
          onChange={(e) => set("name", e.currentTarget.value)}
          error={errors.name}
          maxLength={200}
          data-autofocus
        />
        {edit ? text("legalName", "Legal name", 300) : null}
        {text("website", "Website", 2000, edit ? undefined : "An http:// or https:// address.")}
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={values.status}
          onChange={(v) => v && set("status", v as VendorStatus)}
          allowDeselect={false}
          disabled={readOnly}
          error={errors.status}
        />
        <Select
          label="Criticality"
          description="How much you depend on them (not the risk rating)."
          data={CRITICALITY_OPTIONS}
          value={values.criticality}
          onChange={(v) => v && set("criticality", v as VendorCriticality)}
          allowDeselect={false}
          disabled={readOnly}
          error={errors.criticality}
        />
        {canReadUnits ? (
          <Select
            label="Business unit"
            placeholder="Whole organization"
            data={units.options}
            value={values.businessUnitId}
            onChange={(v) => set("businessUnitId", v)}
            searchable
            clearable
            disabled={readOnly}
            error={errors.businessUnitId}
          />
        ) : null}
        {canReadUsers && !readOnly ? (
          <Select
            label="Owner"
            description="Who looks after the relationship and gets the reminders."
            placeholder="No owner"
            data={owners.options}
            value={values.ownerId}
            onChange={(v) => set("ownerId", v)}
            searchable
            clearable
            error={errors.ownerId}
          />
        ) : edit ? (
          <TextInput label="Owner" readOnly value={ownerName ?? "—"} />
        ) : null}
      </SimpleGrid>
      {area("services", "Services", "What they provide: a model API, hosting, data labelling, …")}
      {edit ? area("description", "Description", "Anything else about who they are.") : null}
      <MultiSelect
        label="Data shared"
        description="The categories of data they receive. “No data shared” stands alone."
        placeholder={values.dataShared.length ? undefined : "Pick the categories"}
        data={DATA_OPTIONS}
        value={values.dataShared}
        onChange={(v) => set("dataShared", v as VendorDataCategory[])}
        disabled={readOnly}
        error={errors.dataShared}
        clearable
      />
      {area("dataSharedNote", "Note on the data shared", "E.g. which systems send it, retention agreed.")}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {date("contractStart", "Contract start")}
        {date("contractEnd", "Contract end")}
        <NumberInput
          label="Review every (months)"
          min={1}
          max={60}
          allowDecimal={false}
          readOnly={readOnly}
          value={values.reviewCadenceMonths}
          onChange={(v) => set("reviewCadenceMonths", v)}
          error={errors.reviewCadenceMonths}
        />
        {edit ? date("lastReviewedOn", "Last reviewed") : null}
        {edit
          ? date("nextReviewOn", "Next review", "Leave as is to follow the last review and cadence.")
          : null}
      </SimpleGrid>
      {edit ? area("notes", "Notes", "Anything else worth keeping.") : null}
    </Stack>
  );
}
