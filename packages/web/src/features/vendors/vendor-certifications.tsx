import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  CERTIFICATION_KINDS,
  CERTIFICATION_KIND_LABELS,
  CreateVendorCertification,
  type CertificationKind,
  type EvidenceRef,
  type Vendor,
  type VendorCertification,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { isApiError } from "../../api/errors";
import { ConfirmModal } from "../../components/confirm-modal";
import { FormAlert } from "../../components/form-alert";
import { TableStatusRow } from "../../components/query-state";
import { EditDeleteActions } from "../../components/row-actions";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { formatDate } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { evidencePath } from "../evidence/evidence-labels";
import { EvidenceSelect } from "./evidence-select";
import { CERT_KIND_SHORT, CERT_STATE_LABELS } from "./vendor-labels";
import { addCertification, afterVendorSaved, removeCertification, updateCertification } from "./vendors-api";

const KIND_OPTIONS = CERTIFICATION_KINDS.map((k) => ({ value: k, label: CERTIFICATION_KIND_LABELS[k] }));

type Values = {
  kind: CertificationKind;
  label: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
  evidence: EvidenceRef | null;
};

function CertificationModal({
  vendor,
  cert,
  onClose,
}: {
  vendor: Vendor;
  cert: VendorCertification | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>({
    kind: cert?.kind ?? "iso_27001",
    label: cert?.label ?? "",
    issuer: cert?.issuer ?? "",
    issuedOn: cert?.issuedOn ?? "",
    expiresOn: cert?.expiresOn ?? "",
    evidence: cert?.evidence ?? null,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const body = {
    kind: values.kind,
    label: values.label.trim(),
    issuer: values.issuer.trim(),
    issuedOn: values.issuedOn || null,
    expiresOn: values.expiresOn || null,
    evidenceId: values.evidence?.id ?? null,
  };
  const save = useMutation({
    mutationFn: () =>
      cert ? updateCertification(vendor.id, cert.id, body) : addCertification(vendor.id, body),
    onSuccess: (saved) => {
      afterVendorSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `${cert ? "Saved" : "Recorded"} ${CERT_KIND_SHORT[body.kind]}.`,
      });
      onClose();
    },
    onError: (error) => setErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key === "evidence" ? "evidenceId" : key]: "" }));
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(CreateVendorCertification, body);
    if (!checked.ok) return setErrors(checked.fieldErrors);
    if (body.issuedOn && body.expiresOn && body.expiresOn < body.issuedOn)
      return setErrors({ expiresOn: `must be on or after the issue date (${body.issuedOn})` });
    save.mutate();
  }
  const placed = Object.entries(errors).some(([k, m]) => k !== "" && m);
  const err = (k: string) => errors[k] || undefined;
  return (
    <Modal
      opened
      onClose={onClose}
      title={cert ? "Edit the certification" : "Add a certification"}
      centered
      size="lg"
    >
      <form onSubmit={submit} noValidate aria-label={cert ? "Edit certification" : "Add a certification"}>
        <Stack>
          <Select
            label="Certification"
            data={KIND_OPTIONS}
            value={values.kind}
            onChange={(v) => v && set("kind", v as CertificationKind)}
            allowDeselect={false}
            error={err("kind")}
          />
          <TextInput
            label="Scope or name"
            description={
              values.kind === "other" ? "Name it, e.g. “CSA STAR”." : "What the certificate covers."
            }
            value={values.label}
            onChange={(e) => set("label", e.currentTarget.value)}
            error={err("label")}
            maxLength={300}
          />
          <TextInput
            label="Issuer"
            value={values.issuer}
            onChange={(e) => set("issuer", e.currentTarget.value)}
            error={err("issuer")}
            maxLength={200}
          />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              type="date"
              label="Issued on"
              value={values.issuedOn}
              onChange={(e) => set("issuedOn", e.currentTarget.value)}
              error={err("issuedOn")}
            />
            <TextInput
              type="date"
              label="Expires on"
              description="The last day it holds; empty: no expiry stated."
              value={values.expiresOn}
              onChange={(e) => set("expiresOn", e.currentTarget.value)}
              error={err("expiresOn")}
            />
          </SimpleGrid>
          <EvidenceSelect
            label="Certificate (evidence)"
            description="Upload or link the certificate as evidence first, then pick it here."
            value={values.evidence}
            onChange={(e) => set("evidence", e)}
            error={err("evidenceId")}
          />
          <FormAlert error={save.error && !placed ? save.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {cert ? "Save" : "Add certification"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Certifications the vendor holds, with where each stands today (valid, expiring, expired). */
export function VendorCertifications({ vendor }: { vendor: Vendor }) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<VendorCertification | "new" | null>(null);
  const [removing, setRemoving] = useState<VendorCertification | null>(null);
  const remove = useMutation({
    mutationFn: (c: VendorCertification) => removeCertification(vendor.id, c.id),
    onSuccess: (saved, c) => {
      afterVendorSaved(queryClient, saved);
      notifications.show({ color: "green", message: `Removed ${CERT_KIND_SHORT[c.kind]}.` });
      setRemoving(null);
    },
  });
  const certs = vendor.certifications;

  return (
    <Paper withBorder radius="md" p="md" data-testid="vendor-certifications" aria-labelledby="certs-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="certs-heading">
            Certifications
          </Title>
          {canWrite ? (
            <Button size="xs" onClick={() => setEditing("new")}>
              Add certification
            </Button>
          ) : null}
        </Group>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Certification</Table.Th>
                <Table.Th>Issuer</Table.Th>
                <Table.Th>Issued</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Certificate</Table.Th>
                {canWrite ? <Table.Th w={110} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <TableStatusRow
                colSpan={canWrite ? 7 : 6}
                isLoading={false}
                error={null}
                isEmpty={certs.length === 0}
                emptyText="No certification recorded."
                onRetry={() => undefined}
              />
              {certs.map((c) => (
                <Table.Tr key={c.id} data-testid={`certification-${c.kind}`} data-state={c.state}>
                  <Table.Td>
                    <Text size="sm">{CERT_KIND_SHORT[c.kind]}</Text>
                    {c.label ? (
                      <Text size="xs" c="dimmed">
                        {c.label}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{c.issuer || "—"}</Table.Td>
                  <Table.Td style={NOWRAP}>{formatDate(c.issuedOn)}</Table.Td>
                  <Table.Td style={NOWRAP}>{formatDate(c.expiresOn)}</Table.Td>
                  <Table.Td style={NOWRAP}>
                    <StatusBadge color={CERT_STATE_LABELS[c.state].color}>
                      {CERT_STATE_LABELS[c.state].label}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    {c.evidence ? (
                      <Anchor component={Link} to={evidencePath(c.evidence.id)} size="sm">
                        <Text span ff="monospace" fw={600} size="sm">
                          {c.evidence.key}
                        </Text>{" "}
                        {c.evidence.title}
                      </Anchor>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <EditDeleteActions onEdit={() => setEditing(c)} onDelete={() => setRemoving(c)} />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      {editing ? (
        <CertificationModal
          vendor={vendor}
          cert={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title="Remove the certification?"
        confirmLabel="Remove"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        {removing ? `Remove ${CERT_KIND_SHORT[removing.kind]} from ${vendor.name}?` : ""} The certificate
        stays in the evidence register.
      </ConfirmModal>
    </Paper>
  );
}
