import { PageHeader } from "../../components/page-header";
import { ComingSoonPanel } from "../shell/coming-soon";
import { navItemAt } from "../shell/nav-items";

/** Audits → Internal audits: not built yet. */
export function InternalAuditsPage() {
  const item = navItemAt("/audits");
  return (
    <section aria-labelledby="internal-audits-heading">
      <PageHeader
        title="Internal audits"
        id="internal-audits-heading"
        order={2}
        description="Plan and record internal audits, nonconformities and management reviews."
      />
      <ComingSoonPanel item={{ ...item, label: "Internal audits" }} headingOrder={3} />
    </section>
  );
}
