import { PageHeader } from "../../components/page-header";

/** Placeholder: the impact assessments list. */
export function AssessmentsPage() {
  return <PageHeader title="Impact assessments" />;
}
