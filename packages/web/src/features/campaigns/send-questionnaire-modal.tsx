import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { CreateCampaign, MAX_LINK_DAYS, type CampaignCreated } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { validateWith } from "../../lib/validate";
import { campaignPath, dayAfter, vendorPagePath } from "./campaign-labels";
import {
  afterCampaignSaved,
  sendCampaign,
  usePublishedTemplates,
  useVendorContacts,
  useVendorOptions,
} from "./campaigns-api";
import { LinkOnce } from "./link-once";

type Props = {
  /** The vendor to send to; "" lets the person pick one in the dialog. */
  vendorId: string;
  opened: boolean;
  onClose: () => void;
};

/**
 * Sends a published questionnaire to one contact of a vendor (ISO/IEC 42001 A.10.3). On success the
 * link is shown once, with who may receive it and whether the invitation went out by e-mail.
 */
export function SendQuestionnaireModal({ vendorId, opened, onClose }: Props) {
  const [created, setCreated] = useState<CampaignCreated | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? `Questionnaire ${created.campaign.key} sent` : "Send a questionnaire"}
      size="lg"
      centered
      closeOnClickOutside={!created}
    >
      {!opened ? null : created ? (
        <Stack>
          <LinkOnce created={created} />
          <Group justify="flex-end">
            <Anchor component={Link} to={campaignPath(created.campaign.id)} size="sm" onClick={close}>
              Follow it on its page
            </Anchor>
            <Button onClick={close}>I have copied the link</Button>
          </Group>
        </Stack>
      ) : (
        <SendForm initialVendorId={vendorId} onSent={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}

type Values = {
  vendorId: string | null;
  templateId: string | null;
  contactId: string | null;
  dueOn: string;
  linkValidDays: number | "";
  message: string;
};

function SendForm(props: {
  initialVendorId: string;
  onSent: (c: CampaignCreated) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const pickVendor = props.initialVendorId === "";
  const [values, setValues] = useState<Values>({
    vendorId: props.initialVendorId || null,
    templateId: null,
    contactId: null,
    dueOn: dayAfter(14),
    linkValidDays: "",
    message: "",
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const vendors = useVendorOptions();
  const templates = usePublishedTemplates(true);
  const vendor = useVendorContacts(values.vendorId ?? "", true);
  const contacts = vendor.data?.contacts ?? [];
  const primary = contacts.find((c) => c.isPrimary) ?? contacts[0];
  const contactId = values.contactId ?? primary?.id ?? null;

  const body = () => ({
    vendorId: values.vendorId ?? "",
    templateId: values.templateId ?? "",
    contactId: contactId ?? "",
    dueOn: values.dueOn,
    ...(values.linkValidDays === "" ? {} : { linkValidDays: values.linkValidDays }),
    message: values.message.trim(),
  });
  const send = useMutation({
    mutationFn: () => sendCampaign(body()),
    onSuccess: (created) => {
      afterCampaignSaved(queryClient, created.campaign);
      void queryClient.invalidateQueries({ queryKey: ["vendors"] });
      props.onSent(created);
    },
    onError: (error) => setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(CreateCampaign, body());
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) send.mutate();
  }

  const placed = Object.keys(fieldErrors).some((k) => k !== "");
  const published = templates.data?.items ?? [];
  return (
    <form onSubmit={submit} noValidate aria-label="Send a questionnaire">
      <Stack>
        {send.isError && !placed ? <FormAlert error={send.error} /> : null}
        {pickVendor ? (
          <Select
            label="Vendor"
            required
            searchable
            data={vendors.options}
            value={values.vendorId}
            onChange={(v) => setValues((old) => ({ ...old, vendorId: v, contactId: null }))}
            nothingFoundMessage={vendors.isLoading ? "Loading…" : "No vendor matches"}
            error={fieldErrors.vendorId}
          />
        ) : null}
        <Select
          label="Questionnaire"
          description="Only published questionnaires can be sent; the vendor answers a frozen copy of it."
          required
          searchable
          data={published.map((t) => ({ value: t.id, label: `${t.key} ${t.name}` }))}
          value={values.templateId}
          onChange={(v) => set("templateId", v)}
          nothingFoundMessage={templates.isLoading ? "Loading…" : "No published questionnaire"}
          error={fieldErrors.templateId}
        />
        {templates.data && published.length === 0 ? (
          <Alert color="orange" variant="light">
            No questionnaire is published yet. Build or adopt one under Vendors → Questionnaires and publish
            it.
          </Alert>
        ) : null}
        {values.vendorId && vendor.data && contacts.length === 0 ? (
          <Alert color="orange" variant="light" data-testid="no-contacts">
            {vendor.data.name} has no contact yet.{" "}
            <Anchor component={Link} to={vendorPagePath(values.vendorId)} size="sm">
              Add one on the vendor page
            </Anchor>{" "}
            first: the questionnaire goes to a contact's e-mail address.
          </Alert>
        ) : (
          <Select
            label="Contact"
            description="The person who receives the link and answers."
            required
            data={contacts.map((c) => ({
              value: c.id,
              label: `${c.name} <${c.email}>${c.isPrimary ? " (primary)" : ""}`,
            }))}
            value={contactId}
            onChange={(v) => set("contactId", v)}
            disabled={!values.vendorId}
            error={fieldErrors.contactId}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Due date"
            type="date"
            required
            value={values.dueOn}
            onChange={(e) => set("dueOn", e.currentTarget.value)}
            error={fieldErrors.dueOn}
          />
          <NumberInput
            label="Link valid for (days)"
            description="Empty: until 14 days after the due date."
            min={1}
            max={MAX_LINK_DAYS}
            allowDecimal={false}
            value={values.linkValidDays}
            onChange={(v) => set("linkValidDays", typeof v === "number" ? v : "")}
            error={fieldErrors.linkValidDays}
          />
        </SimpleGrid>
        <Textarea
          label="Message to the contact (optional)"
          description="Put in the invitation, above the link."
          autosize
          minRows={3}
          maxRows={10}
          maxLength={4000}
          value={values.message}
          onChange={(e) => set("message", e.currentTarget.value)}
          error={fieldErrors.message}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={send.isPending}>
            Send questionnaire
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
