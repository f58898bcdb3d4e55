import { Alert, List } from "@mantine/core";
import type { BuilderIssue } from "./builder-issues";

/** What the server refused, placed on the sections and questions it concerns. */
export function ProblemsAlert({
  title,
  problems,
  testId,
}: {
  title: string;
  problems: readonly BuilderIssue[];
  testId: string;
}) {
  return (
    <Alert color="red" variant="light" role="alert" title={title} data-testid={testId}>
      <List size="sm" spacing={4}>
        {problems.map((p) => (
          <List.Item key={`${p.path}|${p.message}`}>
            {p.where}: {p.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
