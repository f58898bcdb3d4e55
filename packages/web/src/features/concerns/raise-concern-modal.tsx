import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { CONCERN_CATEGORIES, CreateConcern, type ConcernCategory } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { validateWith } from "../../lib/validate";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { ANONYMITY_EXPLAINED, CATEGORY_LABELS } from "./concern-labels";
import { CONCERNS_KEY, concernPath, raiseConcern } from "./concerns-api";

type Values = {
  title: string;
  description: string;
  category: ConcernCategory;
  aiSystemId: string | null;
  anonymous: boolean;
};
const EMPTY: Values = { title: "", description: "", category: "safety", aiSystemId: null, anonymous: false };

/** "Raise a concern" (ISO/IEC 42001 A.3.3): open to everyone signed in, optionally anonymous. */
export function RaiseConcernModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const systems = useAiSystemOptions();
  const [values, setValues] = useState<Values>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const body = () => ({ ...values, title: values.title.trim() });

  const save = useMutation({
    mutationFn: () => raiseConcern(body()),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: CONCERNS_KEY });
      notifications.show({
        color: "green",
        message: `Thank you. Your concern ${saved.key} was sent${saved.anonymous ? " anonymously" : ""}.`,
      });
      onClose();
      void navigate(concernPath(saved.id));
    },
    onError: (error) => setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(CreateConcern, body());
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  const placed = Object.keys(fieldErrors).some((k) => k !== "");
  return (
    <Modal opened onClose={onClose} title="Raise a concern" size="lg" centered>
      <form onSubmit={submit} noValidate aria-label="Raise a concern">
        <Stack>
          {save.isError && !placed ? <FormAlert error={save.error} /> : null}
          <TextInput
            label="What is the concern?"
            description="A short title, e.g. “The chatbot gives medical advice”."
            required
            value={values.title}
            onChange={(e) => set("title", e.currentTarget.value)}
            error={fieldErrors.title}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Category"
              data={CONCERN_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
              value={values.category}
              onChange={(v) => v && set("category", v as ConcernCategory)}
              allowDeselect={false}
            />
            <Select
              label="AI system"
              placeholder="Not about one system"
              data={systems.options}
              value={values.aiSystemId}
              onChange={(v) => set("aiSystemId", v)}
              searchable
              clearable
              nothingFoundMessage={systems.isLoading ? "Loading…" : "No AI system matches"}
              error={fieldErrors.aiSystemId}
            />
          </SimpleGrid>
          <Textarea
            label="Description"
            description="What happened or what could happen, where and when you noticed it."
            required
            autosize
            minRows={4}
            maxRows={12}
            value={values.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={fieldErrors.description}
          />
          <Checkbox
            label="Raise it anonymously"
            checked={values.anonymous}
            onChange={(e) => set("anonymous", e.currentTarget.checked)}
          />
          <Alert color={values.anonymous ? "blue" : "gray"} variant="light" data-testid="anonymity-explained">
            {values.anonymous
              ? ANONYMITY_EXPLAINED
              : "Managers who triage concerns will see your name so they can ask you for details."}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Raise concern
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
