import { Button, Group, Modal, Stack } from "@mantine/core";
import { CreateVendor, SCOPABLE_ROLES } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { validateWith } from "../../lib/validate";
import { useMe } from "../auth/me-context";
import { createVendorBody, emptyVendorValues, type VendorValues } from "./vendor-form";
import { VendorFields } from "./vendor-fields";
import { vendorPath } from "./vendor-labels";
import { afterVendorSaved, createVendor } from "./vendors-api";

/** Registers a vendor (ISO/IEC 42001 A.10.3) and opens its page to add contacts and the rest. */
export function NewVendorModal({ onClose }: { onClose: () => void }) {
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // A person limited to some units registers vendors in one of them (the server refuses others).
  const [values, setValues] = useState<VendorValues>(() =>
    emptyVendorValues(SCOPABLE_ROLES.includes(me.user.role) ? (me.user.businessUnitIds[0] ?? null) : null),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () => createVendor(createVendorBody(values)),
    onSuccess: (v) => {
      afterVendorSaved(queryClient, v);
      onClose();
      void navigate(vendorPath(v.id));
    },
    onError: (error) => setErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });
  const set = <K extends keyof VendorValues>(key: K, value: VendorValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _, ...rest }) => rest);
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(CreateVendor, createVendorBody(values));
    if (!checked.ok) return setErrors(checked.fieldErrors);
    create.mutate();
  }
  const placed = Object.keys(errors).some((k) => k !== "");

  return (
    <Modal opened onClose={onClose} title="New vendor" centered size="xl">
      <form onSubmit={submit} noValidate aria-label="New vendor">
        <Stack>
          <VendorFields values={values} set={set} errors={errors} mode="create" />
          <FormAlert error={create.error && !placed ? create.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Register vendor
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
