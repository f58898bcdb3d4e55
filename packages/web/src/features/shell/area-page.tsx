import { PageHeader } from "../../components/page-header";
import { ComingSoonPanel } from "./coming-soon";
import { navItemAt } from "./nav-items";

/** The page of an AIMS area that is not built yet. */
export function AreaPage({ path }: { path: string }) {
  const item = navItemAt(path);
  return (
    <>
      <PageHeader title={item.label} description={item.summary} />
      <ComingSoonPanel item={item} />
    </>
  );
}
