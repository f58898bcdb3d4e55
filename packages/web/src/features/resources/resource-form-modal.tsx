import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  COMPUTING_ENVIRONMENTS,
  CreateResource,
  DATA_USES,
  RESOURCE_KINDS,
  UpdateResource,
  type Resource,
  type ResourceKind,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError, validationIssues } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { useOwnerOptions } from "../controls/control-owner-options";
import { RESOURCES_KEY, createResource, updateResource } from "./resources-api";
import {
  attributeErrors,
  attributesOf,
  EMPTY_RESOURCE,
  ENVIRONMENT_LABELS,
  errorsByAttribute,
  KIND_LABELS,
  USE_LABELS,
  valuesOf,
  type ResourceValues,
} from "./resource-values";

type Props = { systemId: string; resource: Resource | null; initialKind: ResourceKind; onClose: () => void };

/** Add a resource to an AI system (resource = null) or change one; its kind decides the fields. */
export function ResourceFormModal({ systemId, resource, initialKind, onClose }: Props) {
  const queryClient = useQueryClient();
  const canReadUsers = useCan("users:read");
  const owners = useOwnerOptions(canReadUsers);
  const [v, setValues] = useState<ResourceValues>(
    resource ? valuesOf(resource) : { ...EMPTY_RESOURCE, kind: initialKind },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof ResourceValues>(key: K, value: ResourceValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));

  const common = () => ({
    name: v.name.trim(),
    description: v.description,
    provider: v.provider,
    ownerId: v.ownerId,
  });
  const save = useMutation({
    mutationFn: () =>
      resource
        ? updateResource(resource.id, { version: resource.version, ...common(), attributes: attributesOf(v) })
        : createResource(systemId, {
            kind: v.kind,
            ...common(),
            attributes: attributesOf(v),
          } as CreateResource),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: [...RESOURCES_KEY, systemId] });
      notifications.show({ color: "green", message: `${resource ? "Saved" : "Added"} ${saved.name}.` });
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, [...RESOURCES_KEY, systemId], "resource"))
        return onClose();
      if (isApiError(error, "VALIDATION_FAILED"))
        setErrors({ ...error.fieldErrors, ...errorsByAttribute(validationIssues(error.details)) });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = resource
      ? validateWith(UpdateResource, { version: resource.version, ...common() })
      : validateWith(CreateResource, { kind: v.kind, ...common() });
    const found = { ...(checked.ok ? {} : checked.fieldErrors), ...attributeErrors(v.kind, attributesOf(v)) };
    delete found.attributes;
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  }

  const kind = KIND_LABELS[v.kind];
  const placed = Object.keys(errors).some((k) => k !== "");
  const text = (
    key: keyof ResourceValues,
    label: string,
    extra: { required?: boolean; description?: string } = {},
  ) => (
    <TextInput
      label={label}
      value={v[key] as string}
      onChange={(e) => set(key, e.currentTarget.value as never)}
      error={errors[key]}
      {...extra}
    />
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={resource ? `Edit ${resource.name}` : `Add a resource: ${kind.label}`}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate aria-label={resource ? "Edit resource" : "Add a resource"}>
        <Stack>
          {save.isError && !placed ? <FormAlert error={save.error} /> : null}
          {resource ? null : (
            <Select
              label="Kind"
              description={`${kind.hint} (ISO/IEC 42001 ${kind.clause})`}
              data={RESOURCE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k].label }))}
              value={v.kind}
              onChange={(k) => k && set("kind", k as ResourceKind)}
              allowDeselect={false}
            />
          )}
          <TextInput
            label="Name"
            required
            value={v.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {text("provider", "Provider or origin", { description: "A dataset's source, a vendor, a team" })}
            {canReadUsers ? (
              <Select
                label="Owner"
                placeholder="No owner"
                data={owners.options}
                value={v.ownerId}
                onChange={(id) => set("ownerId", id)}
                searchable
                clearable
                error={errors.ownerId}
              />
            ) : null}
          </SimpleGrid>
          {v.kind === "data" ? (
            <>
              <Textarea
                label="Provenance"
                description="Where the data comes from and how it was collected"
                autosize
                minRows={2}
                value={v.provenance}
                onChange={(e) => set("provenance", e.currentTarget.value)}
                error={errors.provenance}
              />
              <Checkbox
                label="Contains personal data"
                checked={v.personalData}
                onChange={(e) => set("personalData", e.currentTarget.checked)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TagsInput
                  label="Data categories"
                  description="Press Enter after each, e.g. contact details"
                  value={v.categories}
                  onChange={(tags) => set("categories", tags)}
                  error={errors.categories}
                />
                <MultiSelect
                  label="Used for"
                  data={DATA_USES.map((u) => ({ value: u, label: USE_LABELS[u] }))}
                  value={v.uses}
                  onChange={(uses) => set("uses", uses)}
                  error={errors.uses}
                />
              </SimpleGrid>
              {text("retention", "Retention", {
                description: "How long it is kept, e.g. 3 years after the contract ends",
              })}
            </>
          ) : null}
          {v.kind === "tooling" ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {text("version", "Version")}
              {text("licence", "Licence")}
            </SimpleGrid>
          ) : null}
          {v.kind === "computing" ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label="Environment"
                required
                data={COMPUTING_ENVIRONMENTS.map((e) => ({ value: e, label: ENVIRONMENT_LABELS[e] }))}
                value={v.environment}
                onChange={(e) => set("environment", e)}
                error={errors.environment}
              />
              {text("region", "Region")}
              {text("accelerator", "Accelerator", { description: "e.g. 2× NVIDIA L4" })}
            </SimpleGrid>
          ) : null}
          {v.kind === "human" ? (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {text("role", "Role", { required: true })}
                <TagsInput
                  label="Skills"
                  description="Press Enter after each"
                  value={v.skills}
                  onChange={(tags) => set("skills", tags)}
                  error={errors.skills}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NumberInput
                  label="Headcount"
                  description="People in this role (or give FTE)"
                  min={0}
                  allowDecimal={false}
                  value={v.headcount ?? ""}
                  onChange={(n) => set("headcount", typeof n === "number" ? n : null)}
                  error={errors.headcount}
                />
                <NumberInput
                  label="Full-time equivalents"
                  min={0}
                  decimalScale={2}
                  value={v.fte ?? ""}
                  onChange={(n) => set("fte", typeof n === "number" ? n : null)}
                  error={errors.fte}
                />
              </SimpleGrid>
            </>
          ) : null}
          <Textarea
            label="Notes"
            autosize
            minRows={2}
            maxRows={8}
            value={v.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={errors.description}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {resource ? "Save changes" : "Add resource"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
