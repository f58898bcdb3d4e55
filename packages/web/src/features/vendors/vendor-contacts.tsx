import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { CreateVendorContact, type Vendor, type VendorContact } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError, messageOf } from "../../api/errors";
import { ConfirmModal } from "../../components/confirm-modal";
import { FormAlert } from "../../components/form-alert";
import { EditDeleteActions } from "../../components/row-actions";
import { TableStatusRow } from "../../components/query-state";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { addContact, afterVendorSaved, removeContact, updateContact } from "./vendors-api";

type Values = { name: string; email: string; title: string; isPrimary: boolean };

function ContactModal({
  vendor,
  contact,
  onClose,
}: {
  vendor: Vendor;
  contact: VendorContact | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(
    contact
      ? { name: contact.name, email: contact.email, title: contact.title, isPrimary: contact.isPrimary }
      : { name: "", email: "", title: "", isPrimary: vendor.contacts.length === 0 },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const body = {
    name: values.name.trim(),
    email: values.email.trim(),
    title: values.title.trim(),
    isPrimary: values.isPrimary,
  };
  const save = useMutation({
    mutationFn: () => (contact ? updateContact(vendor.id, contact.id, body) : addContact(vendor.id, body)),
    onSuccess: (saved) => {
      afterVendorSaved(queryClient, saved);
      notifications.show({ color: "green", message: `${contact ? "Saved" : "Added"} ${body.name}.` });
      onClose();
    },
    onError: (error) => setErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: "" }));
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(CreateVendorContact, body);
    if (!checked.ok) return setErrors(checked.fieldErrors);
    save.mutate();
  }
  const placed = Object.entries(errors).some(([k, m]) => k !== "" && m);
  return (
    <Modal opened onClose={onClose} title={contact ? `Edit ${contact.name}` : "Add a contact"} centered>
      <form onSubmit={submit} noValidate aria-label={contact ? "Edit contact" : "Add a contact"}>
        <Stack>
          <TextInput
            label="Name"
            required
            value={values.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={errors.name || undefined}
            maxLength={200}
            data-autofocus
          />
          <TextInput
            label="Email"
            required
            type="email"
            value={values.email}
            onChange={(e) => set("email", e.currentTarget.value)}
            error={errors.email || undefined}
            maxLength={320}
          />
          <TextInput
            label="Job title"
            value={values.title}
            onChange={(e) => set("title", e.currentTarget.value)}
            error={errors.title || undefined}
            maxLength={200}
          />
          <Checkbox
            label="Primary contact"
            description="Questionnaires go to the primary contact by default; marking this one demotes the previous one."
            checked={values.isPrimary}
            onChange={(e) => set("isPrimary", e.currentTarget.checked)}
          />
          <FormAlert error={save.error && !placed ? save.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {contact ? "Save" : "Add contact"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The vendor's contact people; questionnaires are sent to one of them. */
export function VendorContacts({ vendor }: { vendor: Vendor }) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<VendorContact | "new" | null>(null);
  const [removing, setRemoving] = useState<VendorContact | null>(null);
  const primary = useMutation({
    mutationFn: (c: VendorContact) => updateContact(vendor.id, c.id, { isPrimary: true }),
    onSuccess: (saved) => afterVendorSaved(queryClient, saved),
    onError: (error) => notifications.show({ color: "red", title: "Not changed", message: messageOf(error) }),
  });
  const remove = useMutation({
    mutationFn: (c: VendorContact) => removeContact(vendor.id, c.id),
    onSuccess: (saved, c) => {
      afterVendorSaved(queryClient, saved);
      notifications.show({ color: "green", message: `Removed ${c.name}.` });
      setRemoving(null);
    },
  });
  const cols = canWrite ? 3 : 2;

  return (
    <Paper withBorder radius="md" p="md" data-testid="vendor-contacts" aria-labelledby="contacts-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="contacts-heading">
            Contacts
          </Title>
          {canWrite ? (
            <Button size="xs" onClick={() => setEditing("new")}>
              Add contact
            </Button>
          ) : null}
        </Group>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              {canWrite ? <Table.Th w={110} /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={cols}
              isLoading={false}
              error={null}
              isEmpty={vendor.contacts.length === 0}
              emptyText="No contact yet: add one to send questionnaires."
              onRetry={() => undefined}
            />
            {vendor.contacts.map((c) => (
              <Table.Tr key={c.id} data-testid={`contact-${c.email}`} data-primary={c.isPrimary}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {c.isPrimary || !canWrite ? (
                      <Tooltip label={c.isPrimary ? "Primary contact" : "Contact"}>
                        <Text
                          span
                          c={c.isPrimary ? "yellow.6" : "dimmed"}
                          aria-label={c.isPrimary ? "Primary contact" : undefined}
                        >
                          {c.isPrimary ? "★" : "☆"}
                        </Text>
                      </Tooltip>
                    ) : (
                      <Tooltip label="Make primary contact">
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          color="gray"
                          aria-label={`Make ${c.name} the primary contact`}
                          loading={primary.isPending && primary.variables?.id === c.id}
                          onClick={() => primary.mutate(c)}
                        >
                          ☆
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <div>
                      <Text size="sm">{c.name}</Text>
                      {c.title ? (
                        <Text size="xs" c="dimmed">
                          {c.title}
                        </Text>
                      ) : null}
                    </div>
                  </Group>
                </Table.Td>
                <Table.Td style={{ wordBreak: "break-all" }}>{c.email}</Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <EditDeleteActions onEdit={() => setEditing(c)} onDelete={() => setRemoving(c)} />
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {editing ? (
        <ContactModal
          vendor={vendor}
          contact={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title={`Remove ${removing?.name ?? "the contact"}?`}
        confirmLabel="Remove contact"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        A contact a questionnaire was sent to cannot be removed; edit their details instead.
      </ConfirmModal>
    </Paper>
  );
}
