import { Button, Tabs } from "@mantine/core";
import { concernAccessOf } from "@openaims/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { useMe } from "../auth/me-context";
import { ConcernList } from "./concern-list";
import { RaiseConcernModal } from "./raise-concern-modal";

const VIEWS = ["all", "mine", "assigned"] as const;
type View = (typeof VIEWS)[number];

/**
 * Governance → Concerns (ISO/IEC 42001 A.3.3): everyone raises concerns and follows their own;
 * managers triage all of them on the board; auditors read them.
 */
export function ConcernsPage() {
  const me = useMe();
  const seesAll = concernAccessOf(me.user.role) !== "own";
  const [params, setParams] = useSearchParams();
  const [raising, setRaising] = useState(false);
  const asked = params.get("view") as View | null;
  const view: View =
    asked && VIEWS.includes(asked) && (asked !== "all" || seesAll) ? asked : seesAll ? "all" : "mine";

  return (
    <section aria-labelledby="concerns-heading">
      <PageHeader
        title="Concerns"
        order={2}
        id="concerns-heading"
        description="Anyone may raise a concern about an AI system or the way AI is managed here, with or without their name; managers triage and follow up each one (ISO/IEC 42001 A.3.3)."
        actions={<Button onClick={() => setRaising(true)}>Raise a concern</Button>}
      />
      <Tabs
        value={view}
        onChange={(v) => setParams(v ? { view: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {seesAll ? <Tabs.Tab value="all">All concerns</Tabs.Tab> : null}
          <Tabs.Tab value="mine">My concerns</Tabs.Tab>
          <Tabs.Tab value="assigned">Assigned to me</Tabs.Tab>
        </Tabs.List>
        {seesAll ? (
          <Tabs.Panel value="all">
            <ConcernList scope="all" />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="mine">
          <ConcernList scope="mine" />
        </Tabs.Panel>
        <Tabs.Panel value="assigned">
          <ConcernList scope="assigned" />
        </Tabs.Panel>
      </Tabs>
      {raising ? <RaiseConcernModal onClose={() => setRaising(false)} /> : null}
    </section>
  );
}
