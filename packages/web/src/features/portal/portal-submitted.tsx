import { Alert, Stack, Text } from "@mantine/core";
import type { PortalQuestionnaire, VqAnswers } from "@openaims/core";
import { formatDateTime } from "../../lib/format";
import { QuestionnaireForm } from "../questionnaires/questionnaire-form";
import { PortalFileQuestion } from "./portal-files";
import { PortalFollowUps } from "./portal-follow-ups";
import { PortalIntro } from "./portal-intro";

const noop = () => undefined;

/** After submission (or once the link only reads): thanks, and the answers as sent. */
export function PortalSubmitted({ data }: { data: PortalQuestionnaire }) {
  const submitted = data.status === "submitted";
  return (
    <Stack gap="md">
      <PortalIntro data={data} />
      <Alert
        color={submitted ? "green" : "gray"}
        variant="light"
        title={submitted ? "Thank you" : "Read only"}
        data-testid="portal-thanks"
      >
        <Text size="sm">
          {submitted
            ? `Your answers were submitted${data.submittedAt ? ` on ${formatDateTime(data.submittedAt)}` : ""}. ${data.organizationName} will review them. If they have questions, they will ask you through this same link; you need not do anything else.`
            : "This questionnaire cannot be changed through this link now."}
        </Text>
      </Alert>
      <PortalFollowUps data={data} token={null} />
      <QuestionnaireForm
        content={data.content}
        answers={data.answers as VqAnswers}
        comments={data.comments}
        onChange={noop}
        readOnly
        headingOrder={2}
        renderFileQuestion={(q) => (
          <PortalFileQuestion
            token=""
            question={q}
            files={data.files.filter((f) => f.questionId === q.id)}
            editable={false}
            submittedAt={data.submittedAt}
            onChanged={noop}
            onRefused={noop}
          />
        )}
      />
    </Stack>
  );
}
