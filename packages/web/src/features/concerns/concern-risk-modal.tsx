import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { Concern } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { riskPath } from "../risks/risk-labels";
import { RISKS_KEY } from "../risks/risks-api";
import { CONCERNS_KEY, riskFromConcern } from "./concerns-api";

/**
 * Starts a register risk from a concern. Everyone who reads the register will see the risk, so the
 * reporter's words are offered for rewording first.
 */
export function ConcernRiskModal({ concern, onClose }: { concern: Concern; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState(concern.title);
  const [description, setDescription] = useState(concern.description.slice(0, 4000));
  const create = useMutation({
    mutationFn: () =>
      riskFromConcern(concern.id, { version: concern.version, title: title.trim(), description }),
    onSuccess: (risk) => {
      void queryClient.invalidateQueries({ queryKey: CONCERNS_KEY });
      void queryClient.invalidateQueries({ queryKey: RISKS_KEY });
      notifications.show({ color: "green", message: `Started ${risk.key} from ${concern.key}.` });
      onClose();
      void navigate(riskPath(risk.id));
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, CONCERNS_KEY, "concern")) onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title="Start a risk from this concern" size="lg" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          The risk is visible to everyone who reads the risk register. Its impact follows the concern&apos;s
          severity and its likelihood starts at “possible”; the risk owner reassesses both.
        </Text>
        <FormAlert error={create.error} />
        <TextInput
          label="Risk title"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
        />
        <Textarea
          label="Description"
          autosize
          minRows={3}
          maxRows={10}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={create.isPending} onClick={() => create.mutate()} disabled={!title.trim()}>
            Start risk
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
