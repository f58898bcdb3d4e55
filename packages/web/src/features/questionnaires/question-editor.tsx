import {
  ActionIcon,
  Badge,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import {
  MAX_QUESTION_WEIGHT,
  VQ_QUESTION_TYPES,
  type QuestionnaireContent,
  type VqQuestion,
  type VqQuestionType,
} from "@openaims/core";
import { memo } from "react";
import {
  changeQuestionType,
  deleteQuestion,
  isChoiceType,
  moveQuestion,
  updateQuestion,
} from "./builder-state";
import { samePlace } from "./builder-layout";
import { ConditionEditor } from "./condition-editor";
import { OptionEditor, toScore } from "./option-editor";
import { QUESTION_TYPE_LABELS } from "./questionnaire-labels";

/** Applies a pure change (see builder-state) to the working copy. */
export type Edit = (change: (content: QuestionnaireContent) => QuestionnaireContent) => void;

type Props = {
  question: VqQuestion;
  /** "2.3": section 2, question 3. */
  number: string;
  first: boolean;
  last: boolean;
  candidates: { question: VqQuestion; number: string }[];
  /** What is wrong with this question (from the same rules as the server). */
  issues: readonly string[];
  edit: Edit;
  readOnly: boolean;
  expanded: boolean;
  onToggle: (questionId: string) => void;
};

/**
 * One question: a summary line (click to open), and when open its text, help, type, required flag,
 * weight, answers with scores and condition.
 */
export const QuestionEditor = memo(QuestionEditorView, sameProps);

/**
 * Long questionnaires (the built-in one has 50 questions) stay quick to type in: a question renders
 * again only when something it shows changed.
 */
function sameProps(a: Props, b: Props): boolean {
  return (
    a.question === b.question &&
    samePlace(a, b, b.question.showIf !== null) &&
    a.expanded === b.expanded &&
    a.readOnly === b.readOnly &&
    a.edit === b.edit &&
    a.onToggle === b.onToggle &&
    a.issues.join("\n") === b.issues.join("\n")
  );
}

function QuestionEditorView({
  question: q,
  number,
  first,
  last,
  candidates,
  issues,
  edit,
  readOnly,
  expanded,
  onToggle,
}: Props) {
  const label = `Question ${number}`;
  const controller = q.showIf ? candidates.find((c) => c.question.id === q.showIf!.questionId) : undefined;
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      id={`qe-${q.id}`}
      role="group"
      aria-label={label}
      data-testid={`question-editor-${number}`}
      style={issues.length > 0 ? { borderColor: "var(--mantine-color-red-5)" } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <UnstyledButton
          onClick={() => onToggle(q.id)}
          aria-expanded={expanded}
          aria-label={`${expanded ? "Close" : "Open"} ${label}`}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Group gap={6} wrap="wrap">
            <Text size="sm" c="dimmed" ff="monospace">
              {expanded ? "▾" : "▸"} {number}
            </Text>
            <Text
              size="sm"
              fw={500}
              lineClamp={expanded ? undefined : 1}
              style={{ flex: "1 1 16rem", minWidth: 0 }}
            >
              {q.text || "(no text)"}
            </Text>
            <Badge size="sm" variant="light" tt="none">
              {QUESTION_TYPE_LABELS[q.type]}
            </Badge>
            {q.required ? (
              <Badge size="sm" variant="light" color="orange" tt="none">
                Required
              </Badge>
            ) : null}
            <Badge size="sm" variant="light" color={q.weight === 0 ? "gray" : "grape"} tt="none">
              {q.weight === 0 ? "Not scored" : `Weight ${q.weight}`}
            </Badge>
            {q.showIf ? (
              <Badge size="sm" variant="light" color="cyan" tt="none">
                {controller ? `If ${controller.number}` : "Condition"}
              </Badge>
            ) : null}
            {issues.length > 0 ? (
              <Badge size="sm" color="red" tt="none">
                {issues.length} problem{issues.length === 1 ? "" : "s"}
              </Badge>
            ) : null}
          </Group>
        </UnstyledButton>
        {!readOnly ? (
          <Group gap={2} wrap="nowrap">
            <Tooltip label="Move up">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move ${label} up`}
                disabled={first}
                onClick={() => edit((c) => moveQuestion(c, q.id, -1))}
              >
                ↑
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move ${label} down`}
                disabled={last}
                onClick={() => edit((c) => moveQuestion(c, q.id, 1))}
              >
                ↓
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete question">
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Delete ${label}`}
                onClick={() => edit((c) => deleteQuestion(c, q.id))}
              >
                ×
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}
      </Group>
      {issues.length > 0 ? (
        <List size="xs" c="red" mt={6} spacing={2} data-testid="question-issues">
          {issues.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      ) : null}
      {expanded ? (
        <Stack gap="sm" mt="sm">
          <TextInput
            label="Question"
            required
            value={q.text}
            maxLength={500}
            readOnly={readOnly}
            onChange={(e) => {
              const text = e.currentTarget.value;
              edit((c) => updateQuestion(c, q.id, { text }));
            }}
          />
          <Textarea
            label="Help for the vendor"
            description="Optional: what a good answer contains, or which document to upload."
            autosize
            minRows={1}
            maxRows={6}
            maxLength={2000}
            value={q.help}
            readOnly={readOnly}
            onChange={(e) => {
              const help = e.currentTarget.value;
              edit((c) => updateQuestion(c, q.id, { help }));
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label="Answer type"
              value={q.type}
              disabled={readOnly}
              data={VQ_QUESTION_TYPES.map((t) => ({ value: t, label: QUESTION_TYPE_LABELS[t] }))}
              onChange={(e) => {
                const type = e.currentTarget.value as VqQuestionType;
                edit((c) => changeQuestionType(c, q.id, type));
              }}
            />
            <NumberInput
              label="Weight"
              description={`0 (not scored) to ${MAX_QUESTION_WEIGHT}`}
              value={q.weight}
              min={0}
              max={MAX_QUESTION_WEIGHT}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              readOnly={readOnly}
              onChange={(v) =>
                edit((c) => updateQuestion(c, q.id, { weight: toScore(v, MAX_QUESTION_WEIGHT) }))
              }
            />
            <Switch
              label="Required"
              description="The vendor cannot submit without it"
              checked={q.required}
              disabled={readOnly}
              mt={{ base: 0, sm: 24 }}
              onChange={(e) => {
                const required = e.currentTarget.checked;
                edit((c) => updateQuestion(c, q.id, { required }));
              }}
            />
          </SimpleGrid>
          {isChoiceType(q.type) ? (
            <OptionEditor question={q} label={label} edit={edit} readOnly={readOnly} />
          ) : q.weight > 0 ? (
            <Text size="xs" c="dimmed">
              A reviewer scores this answer when the questionnaire comes back; an unanswered one earns 0.
            </Text>
          ) : null}
          <ConditionEditor
            question={q}
            label={label}
            candidates={candidates}
            edit={edit}
            readOnly={readOnly}
          />
        </Stack>
      ) : null}
    </Paper>
  );
}
