import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { MAX_QUESTIONS } from "@openaims/core";
import { useMemo, useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { issuesByQuestion, type BuilderIssue } from "./builder-issues";
import { questionLayout } from "./builder-layout";
import { addSection, deleteSection, dependentsOf } from "./builder-state";
import { plural } from "./questionnaire-labels";
import { RatingBandsEditor } from "./rating-bands-editor";
import { SectionEditor } from "./section-editor";
import type { WorkingCopy } from "./use-working-copy";

type Props = { wc: WorkingCopy; readOnly: boolean; nameError?: string | undefined };

/** The builder tab: name and description, problems to fix, the sections with their questions, rating bands. */
export function TemplateBuilder({ wc, readOnly, nameError }: Props) {
  const { content, edit } = wc;
  const layout = useMemo(() => questionLayout(content), [content]);
  const byQuestion = useMemo(() => issuesByQuestion(wc.issues), [wc.issues]);
  const [deleting, setDeleting] = useState<string | null>(null);
  const doomed = content.sections.find((s) => s.id === deleting);
  const doomedDependents = doomed
    ? dependentsOf(content, new Set(doomed.questions.map((q) => q.id))).filter(
        (q) => !doomed.questions.some((d) => d.id === q.id),
      )
    : [];
  const allOpen = layout.size > 0 && [...layout.keys()].every(wc.isExpanded);

  /** Opens the question an issue is about and scrolls to it. */
  const show = (issue: BuilderIssue) => {
    if (issue.questionId) wc.expand(issue.questionId);
    const target = issue.questionId
      ? `qe-${issue.questionId}`
      : issue.where === "Rating bands"
        ? "rating-bands-heading"
        : null;
    if (target)
      setTimeout(
        () => document.getElementById(target)?.scrollIntoView({ block: "center", behavior: "smooth" }),
        50,
      );
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            maxLength={200}
            value={wc.name}
            readOnly={readOnly}
            error={nameError}
            onChange={(e) => wc.setName(e.currentTarget.value)}
          />
          <Textarea
            label="Description"
            description="For your colleagues and the vendor: what this questionnaire covers and why it is sent."
            autosize
            minRows={2}
            maxRows={8}
            maxLength={2000}
            value={wc.description}
            readOnly={readOnly}
            onChange={(e) => wc.setDescription(e.currentTarget.value)}
          />
        </Stack>
      </Paper>

      <IssuesPanel issues={wc.issues} onShow={show} />

      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {plural(content.sections.length, "section")} · {plural(layout.size, "question")} (at most{" "}
          {MAX_QUESTIONS})
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={layout.size === 0}
          onClick={() => wc.setAllExpanded(!allOpen)}
        >
          {allOpen ? "Close all questions" : "Open all questions"}
        </Button>
      </Group>

      {content.sections.map((s, i) => (
        <SectionEditor
          key={s.id}
          section={s}
          index={i}
          sectionCount={content.sections.length}
          layout={layout}
          issues={byQuestion}
          sectionIssues={wc.issues
            .filter((x) => x.sectionId === s.id && !x.questionId)
            .map((x) => x.message)
            .join("; ")}
          isExpanded={wc.isExpanded}
          onToggle={wc.toggle}
          onDelete={setDeleting}
          edit={edit}
          readOnly={readOnly}
        />
      ))}
      {!readOnly ? (
        <Group>
          <Button
            variant="default"
            onClick={() => edit((c) => addSection(c))}
            disabled={content.sections.length >= 50}
          >
            Add section
          </Button>
        </Group>
      ) : null}

      <RatingBandsEditor
        bands={content.ratingBands}
        edit={edit}
        readOnly={readOnly}
        error={wc.issues.find((x) => x.where === "Rating bands")?.message}
      />

      <ConfirmModal
        opened={doomed !== undefined}
        title={`Delete section “${doomed?.title ?? ""}”?`}
        confirmLabel="Delete section"
        isPending={false}
        error={null}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (doomed) edit((c) => deleteSection(c, doomed.id));
          setDeleting(null);
        }}
      >
        {doomed
          ? `Its ${plural(doomed.questions.length, "question")} go with it.` +
            (doomedDependents.length
              ? ` ${plural(doomedDependents.length, "question")} elsewhere depended on them and will always be shown.`
              : "") +
            " Nothing changes until you save."
          : ""}
      </ConfirmModal>
    </Stack>
  );
}

/** The problems that stop the template from being published, each with a link to where it is. */
function IssuesPanel({
  issues,
  onShow,
}: {
  issues: readonly BuilderIssue[];
  onShow: (i: BuilderIssue) => void;
}) {
  if (issues.length === 0) {
    return (
      <Alert color="green" variant="light" role="status" data-testid="builder-issues-none">
        No problems found: the questionnaire can be published.
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      title={`${plural(issues.length, "problem")} to fix before publishing`}
      data-testid="builder-issues"
    >
      <Text size="xs" mb={6}>
        A draft saves with problems; publishing, and saving a published questionnaire, needs none.
      </Text>
      <List size="sm" spacing={4}>
        {issues.map((i) => (
          <List.Item key={`${i.path}|${i.message}`}>
            <Anchor component="button" type="button" size="sm" onClick={() => onShow(i)}>
              {i.where}
            </Anchor>
            : {i.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
