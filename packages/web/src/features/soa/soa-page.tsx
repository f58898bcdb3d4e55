import { PageHeader } from "../../components/page-header";

/** Placeholder: the Statement of Applicability. */
export function SoaPage() {
  return <PageHeader title="Statement of Applicability" />;
}
