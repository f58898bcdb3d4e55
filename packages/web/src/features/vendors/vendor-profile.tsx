import { Button, Group, Paper, SimpleGrid, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { UpdateVendor, type Vendor } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { Fact } from "../../components/fact";
import { isVersionConflict } from "../../lib/conflict";
import { formatDate, formatDateTime } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { ConflictNote } from "./conflict-note";
import { vendorChanges, vendorValuesOf, type VendorValues } from "./vendor-form";
import { VendorFields } from "./vendor-fields";
import { afterVendorSaved, updateVendor } from "./vendors-api";

/**
 * The vendor's profile, editable by those who write records; saving sends only the changed fields
 * with the version read, so a change made meanwhile by someone else is not overwritten.
 * Keyed by `id@version` by the page, so a saved or reloaded vendor resets the form.
 */
export function VendorProfile({ vendor }: { vendor: Vendor }) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const [values, setValues] = useState<VendorValues>(() => vendorValuesOf(vendor));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: async () => {
      const changes = vendorChanges(vendor, values);
      return changes ? updateVendor(vendor.id, changes) : null;
    },
    onSuccess: (saved) => {
      if (!saved) return notifications.show({ color: "gray", message: "Nothing to save: no field changed." });
      afterVendorSaved(queryClient, saved);
      notifications.show({ color: "green", message: `Saved ${saved.key} ${saved.name}.` });
    },
    onError: (error) =>
      setErrors(isApiError(error) && !isVersionConflict(error) ? { ...error.fieldErrors } : {}),
  });
  const set = <K extends keyof VendorValues>(key: K, value: VendorValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: "" }));
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(UpdateVendor, vendorChanges(vendor, values) ?? { version: vendor.version });
    if (!checked.ok) return setErrors(checked.fieldErrors);
    setErrors({});
    save.mutate();
  }
  const placed = Object.entries(errors).some(([k, m]) => k !== "" && m);
  const shown = Object.fromEntries(Object.entries(errors).filter(([, m]) => m));

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit ${vendor.key}`}>
      <Stack gap="md">
        {save.isError && !placed ? <ConflictNote error={save.error} vendorId={vendor.id} /> : null}
        <Paper withBorder radius="md" p="md">
          <VendorFields
            values={values}
            set={set}
            errors={shown}
            mode="edit"
            readOnly={!canWrite}
            ownerName={vendor.owner?.name}
          />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Fact label="Key" value={vendor.key} />
            <Fact label="Registered" value={formatDateTime(vendor.createdAt)} />
            <Fact
              label="Last changed"
              value={`${formatDateTime(vendor.updatedAt)} (version ${vendor.version})`}
            />
            <Fact label="Last reviewed" value={formatDate(vendor.lastReviewedOn)} />
          </SimpleGrid>
        </Paper>
        {canWrite ? (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              Save changes
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
