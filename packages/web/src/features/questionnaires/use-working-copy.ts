import type { QuestionnaireContent, QuestionnaireTemplate, VqAnswers, VqAnswerValue } from "@openaims/core";
import { useCallback, useMemo, useState } from "react";
import { builderIssues } from "./builder-issues";
import { assignIds, canonicalJson, questionOrder } from "./builder-ids";
import type { Edit } from "./question-editor";

/**
 * The builder's unsaved copy of a template: name, description and content, which questions are open,
 * and the answers tried in the preview. A newer version from the server replaces it only while it
 * has no unsaved change.
 */
export function useWorkingCopy(template: QuestionnaireTemplate) {
  const [base, setBase] = useState(template);
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const [content, setContent] = useState<QuestionnaireContent>(template.content);
  /** Questions opened or closed by hand (see isExpanded). */
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const [answers, setAnswers] = useState<Record<string, VqAnswerValue>>({});
  const [seen, setSeen] = useState(template);

  const baseJson = useMemo(() => canonicalJson(base.content), [base.content]);
  const contentChanged = useMemo(() => canonicalJson(content) !== baseJson, [content, baseJson]);
  const dirty = contentChanged || name !== base.name || description !== base.description;
  const issues = useMemo(() => builderIssues(content), [content]);

  const reset = useCallback((t: QuestionnaireTemplate) => {
    setBase(t);
    setName(t.name);
    setDescription(t.description);
    setContent(t.content);
  }, []);

  // A newer version read from the server (someone else saved) replaces a copy without unsaved changes.
  if (template !== seen) {
    setSeen(template);
    if (!dirty && template.version !== base.version) reset(template);
  }

  /** Applies a change (stable, so unchanged questions need not render again). */
  const edit: Edit = useCallback((change) => setContent((c) => change(c)), []);

  // A question added since the last save is open unless closed; a saved one is closed unless opened.
  const savedIds = useMemo(() => new Set(questionOrder(base.content)), [base.content]);
  const isExpanded = useCallback((id: string) => !savedIds.has(id) !== toggled.has(id), [savedIds, toggled]);
  const toggle = useCallback(
    (id: string) =>
      setToggled((e) => {
        const next = new Set(e);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const expand = (id: string) => {
    if (!isExpanded(id)) toggle(id);
  };
  /** Opens or closes every question. */
  const setAllExpanded = (open: boolean) =>
    setToggled(new Set(questionOrder(content).filter((id) => savedIds.has(id) === open)));

  /** The update to send: changed fields only, new items given ids made from their text. */
  const patch = () => ({
    version: base.version,
    ...(name.trim() !== base.name ? { name: name.trim() } : {}),
    ...(description !== base.description ? { description } : {}),
    ...(contentChanged ? { content: assignIds(content, base.content) } : {}),
  });

  /** After a save: the saved version becomes the base; open questions stay open under their new ids. */
  const saved = (t: QuestionnaireTemplate) => {
    const before = questionOrder(content);
    const after = questionOrder(t.content);
    if (before.length === after.length) {
      const renamed = new Map(before.map((id, i) => [id, after[i]!]));
      // Every question is saved now, so "opened by hand" is what keeps one open.
      setToggled(new Set(before.filter(isExpanded).map((id) => renamed.get(id)!)));
      setAnswers((a) => Object.fromEntries(Object.entries(a).map(([id, v]) => [renamed.get(id) ?? id, v])));
    }
    reset(t);
  };

  const setAnswer = useCallback((questionId: string, value: VqAnswerValue | null) => {
    setAnswers((a) => {
      const next = { ...a };
      if (value === null) delete next[questionId];
      else next[questionId] = value;
      return next;
    });
  }, []);

  return {
    base,
    name,
    setName,
    description,
    setDescription,
    content,
    edit,
    dirty,
    issues,
    isExpanded,
    toggle,
    expand,
    setAllExpanded,
    patch,
    saved,
    reset,
    answers: answers as VqAnswers,
    setAnswer,
    clearAnswers: () => setAnswers({}),
  };
}

export type WorkingCopy = ReturnType<typeof useWorkingCopy>;
