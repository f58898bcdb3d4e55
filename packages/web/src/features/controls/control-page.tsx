import { Alert, Anchor, Breadcrumbs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { LoadStatus } from "../../components/query-state";
import { useCan } from "../auth/me-context";
import { CONTROL_LIBRARY_PATH } from "./control-paths";
import { ControlForm } from "./control-form";
import { CONTROLS_KEY, getControl } from "./controls-api";
import { RecordEvidencePanel } from "../evidence/record-evidence-panel";

/** A control of the library (`/controls/library/:id`), or a new one (`/controls/library/new`). */
export function ControlPage() {
  const id = useParams().id ?? "";
  const isNew = id === "new";
  const canWrite = useCan("records:write");
  const control = useQuery({
    queryKey: [...CONTROLS_KEY, "detail", id],
    queryFn: ({ signal }) => getControl(id, signal),
    enabled: !isNew,
  });
  const c = control.data;

  return (
    <section aria-labelledby="control-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={CONTROL_LIBRARY_PATH} size="sm">
          Control library
        </Anchor>
        <Text size="sm" ff={c ? "monospace" : undefined}>
          {isNew ? "New control" : (c?.code ?? "…")}
        </Text>
      </Breadcrumbs>
      {isNew ? (
        canWrite ? (
          <ControlForm control={null} />
        ) : (
          <Alert color="gray" variant="light" role="status" title="You cannot create controls">
            Your role does not include the permission to write records.
          </Alert>
        )
      ) : (
        <>
          <LoadStatus
            isLoading={control.isLoading}
            error={control.error}
            onRetry={() => void control.refetch()}
            what="control"
          />
          {c ? <ControlForm key={`${c.id}@${c.version}`} control={c} /> : null}
          {c ? (
            <RecordEvidencePanel
              target={{ targetType: "control", targetId: c.id }}
              subject="control"
              name={c.code}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
