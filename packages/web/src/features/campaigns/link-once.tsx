import { ActionIcon, Alert, Anchor, Code, CopyButton, Group, Stack, Text, Tooltip } from "@mantine/core";
import type { CampaignCreated } from "@openaims/core";
import { formatDateTime } from "../../lib/format";
import { CheckIcon, CopyIcon } from "../shell/icons";
import { mailtoOf, MESSAGE_STATUS_LABELS } from "./campaign-labels";
import { StatusBadge } from "../../components/status-badge";

/** Where the invitation stored without its link says the link goes (see the server's outbox). */
const LINK_PLACEHOLDER = "[link sent separately]";

/**
 * A new questionnaire link, shown once (only its hash is kept): a copy button, who may receive it,
 * and whether the invitation was e-mailed or must be forwarded by hand.
 */
export function LinkOnce({ created }: { created: CampaignCreated }) {
  const { campaign, link } = created;
  const email = campaign.contact.email;
  const message = [...campaign.messages]
    .filter((m) => m.kind === "invitation" || m.kind === "follow_up")
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const status = message
    ? (MESSAGE_STATUS_LABELS[message.status] ?? { label: message.status, color: "gray" })
    : null;
  return (
    <Stack gap="sm" data-testid="link-once">
      <Alert color="yellow" variant="light" title="Copy the link now" role="status">
        <Text size="sm">
          This link is shown only now: OpenAIMS keeps only a fingerprint of it and cannot show it again
          (reissue a new one if it is lost). It opens the questionnaire <b>without an account</b> — send it
          only to <b>{email}</b>. It works until {formatDateTime(link.expiresAt)}.
        </Text>
      </Alert>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code
          block
          style={{ flex: 1, wordBreak: "break-all" }}
          data-testid="campaign-link"
          aria-label="Questionnaire link"
        >
          {link.url}
        </Code>
        <CopyButton value={link.url}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? "Copied" : "Copy link"}>
              <ActionIcon
                variant={copied ? "filled" : "default"}
                color={copied ? "teal" : undefined}
                size="lg"
                onClick={copy}
                aria-label={copied ? "Link copied" : "Copy link"}
              >
                {copied ? <CheckIcon /> : <CopyIcon />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      {message && status ? (
        <Group gap="xs" data-testid="invitation-status" data-status={message.status}>
          <StatusBadge color={status.color}>{status.label}</StatusBadge>
          <Text size="sm">
            {message.status === "sent" || message.status === "pending"
              ? `The invitation was e-mailed to ${message.toEmail}.`
              : message.status === "failed"
                ? `The e-mail to ${message.toEmail} failed (${message.error ?? "unknown error"}); forward the invitation yourself.`
                : `No e-mail server is set up: forward the invitation to ${message.toEmail} yourself.`}
          </Text>
          {message.status === "manual" || message.status === "failed" ? (
            <Anchor
              size="sm"
              href={mailtoOf({ ...message, body: message.body.split(LINK_PLACEHOLDER).join(link.url) })}
            >
              Open it in your e-mail program
            </Anchor>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
