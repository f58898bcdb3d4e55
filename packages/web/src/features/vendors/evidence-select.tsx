import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { EvidenceRef } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EVIDENCE_KEY, listEvidence } from "../evidence/evidence-api";

type Option = { value: string; label: string };
const optionOf = (e: EvidenceRef): Option => ({ value: e.id, label: `${e.key} ${e.title}` });

/** Picks one evidence item by key or title, searched on the server (e.g. a certificate). */
export function EvidenceSelect({
  label,
  description,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  value: EvidenceRef | null;
  onChange: (value: EvidenceRef | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState(value ? optionOf(value).label : "");
  const chosen = value ? optionOf(value) : null;
  const [q] = useDebouncedValue(chosen && search === chosen.label ? "" : search.trim(), 250);
  const query = {
    limit: 20,
    offset: 0,
    q: q || undefined,
    sort: "updatedAt" as const,
    order: "desc" as const,
  };
  const found = useQuery({
    queryKey: [...EVIDENCE_KEY, "list", query],
    queryFn: ({ signal }) => listEvidence(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = found.data?.items ?? [];
  const options = items.map(optionOf);
  const data = chosen ? [chosen, ...options.filter((o) => o.value !== chosen.value)] : options;
  return (
    <Select
      label={label}
      description={description}
      placeholder="Search evidence by key or title"
      searchable
      clearable
      data={data}
      value={chosen?.value ?? null}
      onChange={(id) => {
        const e = items.find((x) => x.id === id);
        onChange(e ? { id: e.id, key: e.key, title: e.title } : id && value?.id === id ? value : null);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? "Searching…" : "No evidence found"}
      error={error}
    />
  );
}
