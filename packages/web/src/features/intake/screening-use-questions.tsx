import { Alert, Button, Divider, MultiSelect, SimpleGrid, Stack, TagsInput, Textarea } from "@mantine/core";
import { AI_ROLE_LABELS } from "../inventory/inventory-labels";
import { EU_COUNTRIES, US_STATES } from "../inventory/jurisdictions";
import {
  ANNEX_III_LABELS,
  ART_6_3_LABELS,
  DECISION_DOMAIN_LABELS,
  DECISION_ROLE_LABELS,
} from "../inventory/profile-labels";
import { asksArt63, suggestedAnnexIII, type ScreeningAnswers } from "./screening";
import { Choices, OneOf, QuestionGroup, YesNo, described } from "./screening-fields";

type Props = {
  answers: ScreeningAnswers;
  onChange: (patch: Partial<ScreeningAnswers>) => void;
  readOnly?: boolean;
};

const ROLE_OPTIONS = (Object.keys(AI_ROLE_LABELS) as (keyof typeof AI_ROLE_LABELS)[]).map((r) => ({
  value: r,
  label: AI_ROLE_LABELS[r].label,
  text: AI_ROLE_LABELS[r].text,
}));

/** Screening, part 1: where the system is used, by whom, and which decisions about people it takes part in. */
export function UseQuestions({ answers: a, onChange, readOnly }: Props) {
  const suggested = suggestedAnnexIII(a);
  return (
    <Stack gap="lg">
      <QuestionGroup
        title="Where is it used?"
        intro="Where the system is offered or used, or where its output is used."
      >
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <MultiSelect
            label="EU countries"
            placeholder={a.euCountries.length ? undefined : "None"}
            data={[...EU_COUNTRIES]}
            value={a.euCountries}
            onChange={(euCountries) => onChange({ euCountries })}
            searchable
            clearable
            readOnly={readOnly}
          />
          <MultiSelect
            label="US states"
            placeholder={a.usStates.length ? undefined : "None"}
            data={[...US_STATES]}
            value={a.usStates}
            onChange={(usStates) => onChange({ usStates })}
            searchable
            clearable
            readOnly={readOnly}
          />
          <TagsInput
            label="Other countries"
            description="Two-letter codes, e.g. GB, CH"
            value={a.otherCountries}
            onChange={(otherCountries) => onChange({ otherCountries })}
            readOnly={readOnly}
          />
        </SimpleGrid>
      </QuestionGroup>
      <Divider />
      <QuestionGroup title="Your organization's role">
        <Choices
          label="What does your organization do with the system?"
          options={ROLE_OPTIONS}
          value={a.roles}
          onChange={(roles) => onChange({ roles })}
          readOnly={readOnly}
        />
        <YesNo
          label="It is offered or used under our own name or trademark"
          description="Putting your name on a system makes you its provider under the EU AI Act."
          checked={a.ownName}
          onChange={(ownName) => onChange({ ownName })}
          readOnly={readOnly}
        />
      </QuestionGroup>
      <Divider />
      <QuestionGroup title="Who is affected, and how?">
        <Textarea
          label="Who uses its output, and whom does it affect?"
          description="e.g. recruiters use the ranking; job applicants are affected."
          autosize
          minRows={2}
          value={a.affectedPersons}
          onChange={(e) => onChange({ affectedPersons: e.currentTarget.value })}
          readOnly={readOnly}
        />
        <Choices
          label="Does it take part in decisions about people in any of these areas?"
          options={described(DECISION_DOMAIN_LABELS)}
          value={a.decisionAreas}
          onChange={(decisionAreas) => onChange({ decisionAreas })}
          readOnly={readOnly}
        />
        {a.decisionAreas.length > 0 ? (
          <OneOf
            label="How much does the system weigh in those decisions?"
            options={described(DECISION_ROLE_LABELS)}
            value={a.decisionRole}
            onChange={(decisionRole) => onChange({ decisionRole })}
            readOnly={readOnly}
          />
        ) : null}
        <YesNo
          label="It profiles people"
          description="It evaluates or predicts things about a person: work performance, economic situation, health, preferences, reliability, behaviour or location."
          checked={a.profiling}
          onChange={(profiling) => onChange({ profiling })}
          readOnly={readOnly}
        />
      </QuestionGroup>
      <Divider />
      <QuestionGroup
        title="Sensitive areas (EU AI Act Annex III)"
        intro="Systems used in these areas are high-risk under the EU AI Act unless a narrow exception applies."
      >
        {suggested.length > 0 && !readOnly ? (
          <Alert color="blue" variant="light" data-testid="annex-iii-hint">
            Your answer about decisions points to{" "}
            {suggested
              .map((s) => `point ${ANNEX_III_LABELS[s].point} (${ANNEX_III_LABELS[s].label})`)
              .join(", ")}
            .{" "}
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => onChange({ annexIII: [...a.annexIII, ...suggested] })}
            >
              Tick {suggested.length === 1 ? "it" : "them"}
            </Button>
          </Alert>
        ) : null}
        <Choices
          label="Is the system used in any of these areas?"
          options={described(ANNEX_III_LABELS)}
          value={a.annexIII}
          onChange={(annexIII) => onChange({ annexIII })}
          readOnly={readOnly}
        />
        {asksArt63(a) ? (
          <Choices
            label="Does any of these describe all the system does? (Art. 6(3))"
            description="If one does and the system does not profile people, it is not high-risk; you still document why."
            options={described(ART_6_3_LABELS)}
            value={a.art63}
            onChange={(art63) => onChange({ art63 })}
            readOnly={readOnly}
          />
        ) : null}
        <YesNo
          label="It is a safety component of a regulated product, or is itself one"
          description="Machinery, toys, lifts, medical devices, vehicles, radio equipment… that need a third-party conformity assessment (Annex I)."
          checked={a.productSafety}
          onChange={(productSafety) => onChange({ productSafety })}
          readOnly={readOnly}
        />
      </QuestionGroup>
    </Stack>
  );
}
