import { Alert, List, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { MODEL_TYPES } from "@openaims/core";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useOwnerOptions } from "../controls/control-owner-options";
import { AI_ROLE_LABELS, MODEL_TYPE_LABELS } from "../inventory/inventory-labels";
import { placesText } from "../inventory/jurisdictions";
import { ANNEX_III_LABELS, DECISION_DOMAIN_LABELS, PROHIBITED_LABELS } from "../inventory/profile-labels";
import { RowsEditor, type RowColumn } from "../inventory/rows-editor";
import type { IntakeDraft, ModelDraft, VendorDraft } from "./intake-draft";
import { missingFacts, profileOfAnswers } from "./screening";

type StepProps = {
  draft: IntakeDraft;
  onChange: (patch: Partial<IntakeDraft>) => void;
  errors: Readonly<Record<string, string>>;
};

/** Step 1: what the use case is, and who owns it. */
export function BasicsStep({ draft, onChange, errors }: StepProps) {
  const canReadUsers = useCan("users:read");
  const canReadUnits = useCan("business-units:read");
  const owners = useOwnerOptions(canReadUsers);
  const units = useBusinessUnitOptions(canReadUnits);
  const text = (key: "purpose" | "intendedUse" | "foreseeableMisuse", label: string, description: string) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      maxRows={8}
      value={draft[key]}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
      error={errors[key]}
    />
  );
  return (
    <Stack gap="sm">
      <TextInput
        label="Name"
        description="What people call the tool or use case."
        required
        value={draft.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        error={errors.name}
        data-autofocus
      />
      {text("purpose", "Purpose", "What it does and the problem it solves.")}
      {text("intendedUse", "Intended use", "Who will use it, for what, in which process.")}
      {text(
        "foreseeableMisuse",
        "Reasonably foreseeable misuse",
        "How it could be used in ways it is not meant for.",
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {canReadUnits ? (
          <Select
            label="Business unit"
            placeholder="Whole organization"
            data={units.options}
            value={draft.businessUnitId}
            onChange={(businessUnitId) => onChange({ businessUnitId })}
            searchable
            clearable
            error={errors.businessUnitId}
          />
        ) : null}
        {canReadUsers ? (
          <Select
            label="Owner"
            placeholder="Decided later"
            data={owners.options}
            value={draft.ownerId}
            onChange={(ownerId) => onChange({ ownerId })}
            searchable
            clearable
            error={errors.ownerId}
          />
        ) : null}
      </SimpleGrid>
    </Stack>
  );
}

const VENDOR_COLUMNS: RowColumn<VendorDraft>[] = [
  { key: "name", label: "Name", kind: "text", placeholder: "e.g. Acme AI" },
  { key: "service", label: "What they provide", kind: "text", placeholder: "e.g. hosted screening service" },
];
const MODEL_COLUMNS: RowColumn<ModelDraft>[] = [
  { key: "name", label: "Name", kind: "text", placeholder: "e.g. gpt-4o" },
  {
    key: "type",
    label: "Type",
    kind: "select",
    options: MODEL_TYPES.map((t) => ({ value: t, label: MODEL_TYPE_LABELS[t] })),
    width: 220,
  },
  { key: "provider", label: "Provider", kind: "text" },
];

/** Step 2: who supplies it and which models it runs on (also what the duplicate check compares). */
export function ComponentsStep({ draft, onChange }: StepProps) {
  return (
    <Stack gap="lg">
      <RowsEditor
        title="Vendors"
        noun="vendor"
        description="Companies that supply the tool, its model or its data. Leave empty if it is built in-house."
        rows={draft.vendors}
        columns={VENDOR_COLUMNS}
        blank={{ name: "", service: "" }}
        onChange={(vendors) => onChange({ vendors })}
      />
      <RowsEditor
        title="Models"
        noun="model"
        description="The AI models it uses, if you know them."
        rows={draft.models}
        columns={MODEL_COLUMNS}
        blank={{ name: "", type: "other", provider: "" }}
        onChange={(models) => onChange({ models })}
      />
    </Stack>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || "—"}</Text>
    </div>
  );
}

/** Step 5: the answers at a glance, and what is still missing. */
export function ReviewStep({ draft }: { draft: IntakeDraft }) {
  const p = profileOfAnswers(draft.answers);
  const missing = missingFacts(draft.answers);
  const names = <T,>(list: readonly T[], label: (v: T) => string) => list.map(label).join(", ");
  return (
    <Stack gap="sm" data-testid="intake-review">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Row label="Name" value={draft.name.trim()} />
        <Row label="Used in" value={placesText(p.jurisdictions)} />
        <Row label="Purpose" value={draft.purpose.trim()} />
        <Row label="Your role" value={names(p.organizationRoles, (r) => AI_ROLE_LABELS[r].label)} />
        <Row
          label="Vendors"
          value={names(
            draft.vendors.filter((v) => v.name.trim()),
            (v) => v.name,
          )}
        />
        <Row
          label="Models"
          value={names(
            draft.models.filter((m) => m.name.trim()),
            (m) => m.name,
          )}
        />
        <Row
          label="Decisions about people"
          value={names(p.consequentialDecisions, (d) => DECISION_DOMAIN_LABELS[d].split(" (")[0]!)}
        />
        <Row label="Annex III areas" value={names(p.annexIIIAreas, (a) => ANNEX_III_LABELS[a].label)} />
        <Row label="Profiles people" value={p.performsProfiling ? "Yes" : "No"} />
        <Row label="Personal data" value={p.processesPersonalData ? "Yes" : "No"} />
        <Row
          label="Possible prohibited practices"
          value={names(p.prohibitedPractices, (x) => PROHIBITED_LABELS[x].label) || "None ticked"}
        />
      </SimpleGrid>
      {missing.length ? (
        <Alert color="yellow" variant="light" title="Still missing" data-testid="missing-facts">
          <List size="sm">
            {missing.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
