import { Button, Group, Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { EvidenceTarget, Page } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { listControls } from "../controls/controls-api";
import { frameworkLabel } from "../frameworks/framework-labels";
import { listRequirements, useAllFrameworks } from "../frameworks/frameworks-api";
import { listAiSystems } from "../inventory/inventory-api";
import { listRisks } from "../risks/risks-api";
import { PICKABLE_TARGET_TYPES, TARGET_TYPE_LABELS, type PickableTargetType } from "./evidence-labels";

const RESULTS = 20;
const DEFAULT_FRAMEWORK = "iso-iec-42001:2023";
type Option = { value: string; label: string };

/** Records of one type matching `q`, searched on the server (every list takes `q`). */
async function searchTargets(
  type: PickableTargetType,
  q: string | undefined,
  frameworkRef: string | null,
  signal: AbortSignal,
): Promise<Option[]> {
  const page = { limit: RESULTS, offset: 0, q };
  switch (type) {
    case "control":
      return (await listControls({ ...page, sort: "code" }, signal)).items.map((c) => ({
        value: c.id,
        label: `${c.code} ${c.title}`,
      }));
    case "risk":
      return (await listRisks(page, signal)).items.map((r) => ({
        value: r.id,
        label: `${r.key} ${r.title}`,
      }));
    case "ai_system":
      return (await listAiSystems({ ...page, sort: "key" }, signal)).items.map((s) => ({
        value: s.id,
        label: `${s.key} ${s.name}`,
      }));
    case "requirement":
      if (!frameworkRef) return [];
      return (await listRequirements(frameworkRef, page, signal)).items.map((r) => ({
        value: r.key,
        label: `${r.id} ${r.title}`,
      }));
    case "document": {
      const docs = await api.get<Page<{ id: string; key: string; title: string }>>("/api/v1/documents", {
        query: page,
        signal,
      });
      return docs.items.map((d) => ({ value: d.id, label: `${d.key} ${d.title}` }));
    }
    case "vendor": {
      const vendors = await api.get<Page<{ id: string; key: string; name: string }>>("/api/v1/vendors", {
        query: page,
        signal,
      });
      return vendors.items.map((v) => ({ value: v.id, label: `${v.key} ${v.name}` }));
    }
  }
}

/** Picks a record of any type evidence can support, found by key, code or words. */
export function TargetPicker({
  onAdd,
  isPending,
  exclude,
}: {
  onAdd: (target: EvidenceTarget) => void;
  isPending: boolean;
  /** Already linked targets (`type:id`), left out of the options. */
  exclude: ReadonlySet<string>;
}) {
  const [type, setType] = useState<PickableTargetType>("control");
  const { frameworks } = useAllFrameworks();
  const [picked, setPicked] = useState<string | null>(null);
  const frameworkRef =
    picked ?? frameworks.find((f) => f.ref === DEFAULT_FRAMEWORK)?.ref ?? frameworks[0]?.ref ?? null;
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<Option | null>(null);
  // Once an option is chosen the box shows its label: that is not a new search.
  const [q] = useDebouncedValue(chosen && search === chosen.label ? "" : search.trim(), 250);
  const target = chosen?.value ?? null;
  const options = useQuery({
    queryKey: ["evidence-targets", type, frameworkRef, q],
    queryFn: ({ signal }) => searchTargets(type, q || undefined, frameworkRef, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const found = (options.data ?? []).filter((o) => !exclude.has(`${type}:${o.value}`));
  const data = chosen ? [chosen, ...found.filter((o) => o.value !== chosen.value)] : found;
  const reset = () => {
    setChosen(null);
    setSearch("");
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="target-picker">
      <Select
        label="Record type"
        data={PICKABLE_TARGET_TYPES.map((t) => ({ value: t, label: TARGET_TYPE_LABELS[t] }))}
        value={type}
        onChange={(v) => {
          if (!v) return;
          setType(v as PickableTargetType);
          reset();
        }}
        allowDeselect={false}
        w={160}
      />
      {type === "requirement" ? (
        <Select
          label="Framework"
          data={frameworks.map((f) => ({ value: f.ref, label: frameworkLabel(f) }))}
          value={frameworkRef}
          onChange={(v) => {
            setPicked(v);
            reset();
          }}
          allowDeselect={false}
          w={220}
        />
      ) : null}
      <Select
        label="Record"
        placeholder="Type to search"
        searchable
        clearable
        data={data}
        value={target}
        onChange={(v) => setChosen(data.find((o) => o.value === v) ?? null)}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        nothingFoundMessage={
          options.isFetching ? "Searching…" : options.isError ? "Could not search" : "Nothing found"
        }
        style={{ flex: "1 1 16rem" }}
      />
      <Button
        variant="default"
        disabled={!target}
        loading={isPending}
        onClick={() => {
          if (!target) return;
          onAdd({ targetType: type, targetId: target });
          reset();
        }}
      >
        Link
      </Button>
    </Group>
  );
}
