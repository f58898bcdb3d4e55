import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Stepper,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { CreateAiSystem } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { PageHeader } from "../../components/page-header";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { AI_SYSTEMS_KEY, createAiSystem } from "../inventory/inventory-api";
import { INVENTORY_PATH, systemPath } from "../inventory/inventory-paths";
import { EMPTY_DRAFT, intakeBody, type IntakeDraft } from "./intake-draft";
import { invalidateIntakeData, submitIntake } from "./intake-api";
import { INTAKE_LIST_PATH, intakeRequestPath } from "./intake-paths";
import { BasicsStep, ComponentsStep, ReviewStep } from "./intake-steps";
import { LiveClassification, SimilarSystems } from "./live-classification";
import type { ScreeningAnswers } from "./screening";
import { FunctionQuestions } from "./screening-function-questions";
import { UseQuestions } from "./screening-use-questions";

const STEPS = [
  { label: "Basics", title: "What it is and who owns it" },
  { label: "Components", title: "Who supplies it, which models it runs on" },
  { label: "Use", title: "Where it is used and the decisions it takes part in" },
  { label: "Functions", title: "What it does with people, content and data" },
  { label: "Review", title: "Check and submit" },
];
/** Fields of the first step: an error on one of them sends the person back there. */
const BASICS_FIELDS = ["name", "purpose", "intendedUse", "foreseeableMisuse", "businessUnitId", "ownerId"];

type Mode = "intake" | "register";

/**
 * The intake of a new AI use case (`/intake/new`), or direct registration in the inventory
 * (`/inventory/systems/new`, mode "register"): a stepper of plain questions with the live
 * classification and similar systems beside it.
 */
export function IntakeFormPage({ mode = "intake" }: { mode?: Mode }) {
  const allowed = useCan(mode === "intake" ? "intake:submit" : "records:write");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<IntakeDraft>(EMPTY_DRAFT);
  const [active, setActive] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = useMutation({
    mutationFn: async () =>
      mode === "intake"
        ? { kind: "intake" as const, saved: await submitIntake(intakeBody(draft)) }
        : { kind: "system" as const, saved: await createAiSystem(intakeBody(draft)) },
    onSuccess: (result) => {
      invalidateIntakeData(queryClient);
      void queryClient.invalidateQueries({ queryKey: AI_SYSTEMS_KEY });
      notifications.show({ color: "green", message: `Submitted ${result.saved.key} ${result.saved.name}.` });
      void navigate(
        result.kind === "intake" ? intakeRequestPath(result.saved.id) : systemPath(result.saved.id),
      );
    },
    onError: (error) => {
      const fieldErrors = isApiError(error) ? { ...error.fieldErrors } : {};
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).some((k) => BASICS_FIELDS.includes(k))) setActive(0);
    },
  });

  const change = (patch: Partial<IntakeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const answer = (patch: Partial<ScreeningAnswers>) =>
    setDraft((d) => ({ ...d, answers: { ...d.answers, ...patch } }));

  /** Checks the whole draft; returns false and shows the problems (on the first step) when invalid. */
  function check(): boolean {
    const checked = validateWith(CreateAiSystem, intakeBody(draft));
    setErrors(checked.ok ? {} : checked.fieldErrors);
    if (!checked.ok && Object.keys(checked.fieldErrors).some((k) => BASICS_FIELDS.includes(k))) setActive(0);
    return checked.ok;
  }
  function next() {
    if (active === 0 && !check()) return;
    setActive((s) => Math.min(STEPS.length - 1, s + 1));
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (active < STEPS.length - 1) return next();
    if (check()) submit.mutate();
  }

  const title = mode === "intake" ? "Propose an AI use case" : "Register an AI system";
  const back =
    mode === "intake"
      ? { to: INTAKE_LIST_PATH, label: "Intake requests" }
      : { to: INVENTORY_PATH, label: "AI systems" };
  if (!allowed)
    return (
      <Alert color="gray" variant="light" role="status" title={`You cannot ${title.toLowerCase()}`}>
        Your role does not include the permission to do this.
      </Alert>
    );
  const placed = Object.keys(errors).some((k) => BASICS_FIELDS.includes(k));
  const elsewhere = Object.entries(errors).filter(([k]) => k !== "" && !BASICS_FIELDS.includes(k));

  return (
    <section aria-labelledby="intake-form-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={back.to} size="sm">
          {back.label}
        </Anchor>
        <Text size="sm">New</Text>
      </Breadcrumbs>
      <PageHeader
        title={title}
        order={2}
        id="intake-form-heading"
        description={
          mode === "intake"
            ? "Describe the use case and answer the screening questions. A manager triages it, then approves or rejects it; approved use cases are registered in the inventory."
            : "Record an AI system that is already in use. It is classified when you save."
        }
      />
      <Stepper active={active} onStepClick={setActive} size="sm" allowNextStepsSelect={false} mb="lg">
        {STEPS.map((s) => (
          <Stepper.Step key={s.label} label={s.label} />
        ))}
      </Stepper>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <form onSubmit={onSubmit} noValidate aria-label={title}>
            <Paper withBorder radius="md" p="md">
              <Stack gap="md">
                <Title order={3} size="h4">
                  {STEPS[active]!.title}
                </Title>
                {submit.isError && !placed && !elsewhere.length ? <FormAlert error={submit.error} /> : null}
                {elsewhere.length ? (
                  <Alert color="red" variant="light" title="Some answers are not valid" role="alert">
                    {elsewhere.map(([field, message]) => `${field}: ${message}`).join("; ")}
                  </Alert>
                ) : null}
                {active === 0 ? <BasicsStep draft={draft} onChange={change} errors={errors} /> : null}
                {active === 1 ? <ComponentsStep draft={draft} onChange={change} errors={errors} /> : null}
                {active === 2 ? <UseQuestions answers={draft.answers} onChange={answer} /> : null}
                {active === 3 ? <FunctionQuestions answers={draft.answers} onChange={answer} /> : null}
                {active === 4 ? (
                  <>
                    <ReviewStep draft={draft} />
                    <SimilarSystems draft={draft} />
                  </>
                ) : null}
                <Group justify="space-between" mt="sm">
                  <Button
                    variant="default"
                    onClick={() => setActive((s) => Math.max(0, s - 1))}
                    disabled={active === 0}
                  >
                    Back
                  </Button>
                  {active < STEPS.length - 1 ? (
                    <Button type="submit">Next</Button>
                  ) : (
                    <Button type="submit" loading={submit.isPending}>
                      {mode === "intake" ? "Submit request" : "Register system"}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Paper>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md" pos={{ base: "static", lg: "sticky" }} top={76}>
            <LiveClassification draft={draft} />
            {active < 4 ? <SimilarSystems draft={draft} /> : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </section>
  );
}
