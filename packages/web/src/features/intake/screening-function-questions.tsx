import { Divider, Stack, Textarea } from "@mantine/core";
import { AUTOMATION_LABELS } from "../inventory/inventory-labels";
import { PROHIBITED_LABELS } from "../inventory/profile-labels";
import type { ScreeningAnswers } from "./screening";
import { Choices, OneOf, QuestionGroup, YesNo, described } from "./screening-fields";

type Props = {
  answers: ScreeningAnswers;
  onChange: (patch: Partial<ScreeningAnswers>) => void;
  readOnly?: boolean;
};

/** Screening, part 2: prohibited practices, what it does with people and content, its model, data and oversight. */
export function FunctionQuestions({ answers: a, onChange, readOnly }: Props) {
  const yesNo = (key: keyof ScreeningAnswers, label: string, description?: string) => (
    <YesNo
      label={label}
      description={description}
      checked={a[key] === true}
      onChange={(checked) => onChange({ [key]: checked })}
      readOnly={readOnly}
    />
  );
  return (
    <Stack gap="lg">
      <QuestionGroup
        title="Practices the EU AI Act bans (Art. 5)"
        intro="Tick any that could describe the system. A tick does not decide the matter, but it must be looked at before anything else."
      >
        <Choices
          label="Could the system do any of these?"
          options={described(PROHIBITED_LABELS)}
          value={a.prohibited}
          onChange={(prohibited) => onChange({ prohibited })}
          readOnly={readOnly}
        />
      </QuestionGroup>
      <Divider />
      <QuestionGroup title="People and content">
        {yesNo(
          "interactsWithPeople",
          "People talk or write to it directly",
          "e.g. a chatbot or a voice assistant.",
        )}
        {yesNo("syntheticContent", "It generates text, images, audio or video")}
        {a.syntheticContent
          ? yesNo(
              "deepfake",
              "It creates deep fakes",
              "Content that looks like real people, places or events.",
            )
          : null}
        {yesNo(
          "emotionRecognition",
          "It recognizes emotions or intentions from faces, voices or body signals",
        )}
        {yesNo("biometricCategorisation", "It sorts people into groups from biometric data")}
        {yesNo(
          "remoteBiometricId",
          "It identifies people at a distance from their face, gait or voice",
          "Remote biometric identification, e.g. matching camera images against a watch list.",
        )}
      </QuestionGroup>
      <Divider />
      <QuestionGroup title="General-purpose AI models">
        {yesNo(
          "generalPurpose",
          "We provide a general-purpose AI model",
          "A model trained on broad data that can do many different tasks and is offered to others to build on.",
        )}
        {a.generalPurpose
          ? yesNo(
              "systemicRisk",
              "The model has systemic risk",
              "Trained with more than 10^25 FLOP, or designated by the Commission.",
            )
          : null}
      </QuestionGroup>
      <Divider />
      <QuestionGroup title="Personal data">
        {yesNo("personalData", "It processes personal data")}
        {a.personalData ? (
          <>
            {yesNo(
              "specialCategoryData",
              "Including special categories",
              "Health, biometric or genetic data, racial or ethnic origin, political opinions, religion, union membership, sex life or orientation.",
            )}
            {yesNo("systematicMonitoring", "It monitors people systematically")}
            {yesNo("largeScale", "On a large scale", "Many people, much data, a long time or a wide area.")}
          </>
        ) : null}
      </QuestionGroup>
      <Divider />
      <QuestionGroup title="Automation and oversight">
        <OneOf
          label="How automated is it?"
          options={described(AUTOMATION_LABELS)}
          value={a.automation}
          onChange={(automation) => onChange({ automation })}
          readOnly={readOnly}
        />
        <Textarea
          label="Human oversight"
          description="Who can check, override or stop it, and how."
          autosize
          minRows={2}
          value={a.humanOversight}
          onChange={(e) => onChange({ humanOversight: e.currentTarget.value })}
          readOnly={readOnly}
        />
      </QuestionGroup>
      <Divider />
      <QuestionGroup title="Your organization">
        {yesNo("governmental", "We are a public authority or governmental entity")}
        {yesNo("healthCare", "We are a health-care provider and use the system in care or treatment")}
      </QuestionGroup>
    </Stack>
  );
}
