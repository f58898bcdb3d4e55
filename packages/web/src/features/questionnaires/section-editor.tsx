import {
  ActionIcon,
  Button,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from "@mantine/core";
import { MAX_QUESTIONS, VQ_QUESTION_TYPES, type QuestionnaireSection } from "@openaims/core";
import { memo } from "react";
import { samePlace, type QuestionPlace } from "./builder-layout";
import { addQuestion, moveSection, updateSection } from "./builder-state";
import { QuestionEditor, type Edit } from "./question-editor";
import { QUESTION_TYPE_LABELS } from "./questionnaire-labels";

type Props = {
  section: QuestionnaireSection;
  index: number;
  sectionCount: number;
  layout: ReadonlyMap<string, QuestionPlace>;
  issues: ReadonlyMap<string, string[]>;
  /** Problems of the section itself (not of one of its questions), joined. */
  sectionIssues: string;
  isExpanded: (questionId: string) => boolean;
  onToggle: (questionId: string) => void;
  /** Asks before deleting the section (it takes its questions with it). */
  onDelete: (sectionId: string) => void;
  edit: Edit;
  readOnly: boolean;
};

/** One section: its title and introduction, its questions in order, and adding a question of any type. */
export const SectionEditor = memo(SectionEditorView, sameProps);

/** A section renders again only when it or one of its questions shows something new. */
function sameProps(a: Props, b: Props): boolean {
  const s = b.section;
  return (
    a.section === s &&
    a.index === b.index &&
    a.sectionCount === b.sectionCount &&
    a.sectionIssues === b.sectionIssues &&
    a.readOnly === b.readOnly &&
    a.edit === b.edit &&
    a.onToggle === b.onToggle &&
    a.onDelete === b.onDelete &&
    a.layout.size >= MAX_QUESTIONS === b.layout.size >= MAX_QUESTIONS &&
    s.questions.every(
      (q) =>
        a.isExpanded(q.id) === b.isExpanded(q.id) &&
        samePlace(a.layout.get(q.id), b.layout.get(q.id), q.showIf !== null) &&
        (a.issues.get(q.id) ?? []).join("\n") === (b.issues.get(q.id) ?? []).join("\n"),
    )
  );
}

function SectionEditorView(props: Props) {
  const { section: s, index, sectionCount, layout, issues, edit, readOnly } = props;
  const label = `Section ${index + 1}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={label}
      data-testid={`section-editor-${index + 1}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="center">
          <Title order={3} size="h4" style={{ minWidth: 0 }}>
            {label}
            {s.title.trim() ? `: ${s.title.trim()}` : ""}
            <Text span c="dimmed" size="sm" fw={400}>
              {" "}
              · {s.questions.length} question{s.questions.length === 1 ? "" : "s"}
            </Text>
          </Title>
          {!readOnly ? (
            <Group gap={2} wrap="nowrap">
              <Tooltip label="Move section up">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move ${label} up`}
                  disabled={index === 0}
                  onClick={() => edit((c) => moveSection(c, s.id, -1))}
                >
                  ↑
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Move section down">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move ${label} down`}
                  disabled={index === sectionCount - 1}
                  onClick={() => edit((c) => moveSection(c, s.id, 1))}
                >
                  ↓
                </ActionIcon>
              </Tooltip>
              <Tooltip
                label={sectionCount <= 1 ? "A questionnaire keeps at least one section" : "Delete section"}
              >
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Delete ${label}`}
                  disabled={sectionCount <= 1}
                  onClick={() => props.onDelete(s.id)}
                >
                  ×
                </ActionIcon>
              </Tooltip>
            </Group>
          ) : null}
        </Group>
        <TextInput
          label="Section title"
          required
          maxLength={200}
          value={s.title}
          readOnly={readOnly}
          error={props.sectionIssues || undefined}
          onChange={(e) => {
            const title = e.currentTarget.value;
            edit((c) => updateSection(c, s.id, { title }));
          }}
        />
        <Textarea
          label="Introduction"
          description="Optional: what this section is about, shown to the vendor above its questions."
          autosize
          minRows={1}
          maxRows={6}
          maxLength={2000}
          value={s.description}
          readOnly={readOnly}
          onChange={(e) => {
            const description = e.currentTarget.value;
            edit((c) => updateSection(c, s.id, { description }));
          }}
        />
        {s.questions.length === 0 ? (
          <Text size="sm" c="dimmed">
            No questions in this section yet.
          </Text>
        ) : null}
        {s.questions.map((q) => {
          const place = layout.get(q.id);
          return (
            <QuestionEditor
              key={q.id}
              question={q}
              number={place?.number ?? ""}
              first={place?.first ?? true}
              last={place?.last ?? true}
              candidates={place?.candidates ?? []}
              issues={issues.get(q.id) ?? []}
              edit={edit}
              readOnly={readOnly}
              expanded={props.isExpanded(q.id)}
              onToggle={props.onToggle}
            />
          );
        })}
        {!readOnly ? (
          <Group>
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button
                  variant="light"
                  size="sm"
                  disabled={layout.size >= MAX_QUESTIONS}
                  aria-label={`Add a question to ${label}`}
                >
                  Add question
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Answer type</Menu.Label>
                {VQ_QUESTION_TYPES.map((t) => (
                  <Menu.Item key={t} onClick={() => edit((c) => addQuestion(c, s.id, t))}>
                    {QUESTION_TYPE_LABELS[t]}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
