import { PageHeader } from "../../components/page-header";

/** Placeholder: one impact assessment. */
export function AssessmentPage() {
  return <PageHeader title="Impact assessment" />;
}
