import { MultiSelect } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { VENDORS_KEY, listVendors } from "./vendors-api";

/**
 * Picks up to `max` vendors, searched on the server by name or key; the names of vendors already
 * picked come from what was found before or from `known` (e.g. the comparison's answer).
 */
export function VendorMultiSelect({
  value,
  onChange,
  known,
  max,
}: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  known: ReadonlyMap<string, string>;
  max: number;
}) {
  const [search, setSearch] = useState("");
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  const [q] = useDebouncedValue(search.trim(), 250);
  const query = { limit: 50, offset: 0, sort: "name" as const, order: "asc" as const, q: q || undefined };
  const found = useQuery({
    queryKey: [...VENDORS_KEY, "list", "picker", query],
    queryFn: ({ signal }) => listVendors(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = found.data?.items ?? [];
  const labelOf = (id: string) =>
    labels.get(id) ?? known.get(id) ?? items.find((v) => v.id === id)?.name ?? "Vendor";
  const options = items.map((v) => ({ value: v.id, label: `${v.key} ${v.name}` }));
  const picked = value.map((id) => ({ value: id, label: labelOf(id) }));
  const data = [...picked, ...options.filter((o) => !value.includes(o.value))];

  return (
    <MultiSelect
      label="Vendors to compare"
      description={`Two to ${max} vendors; search by name or key.`}
      placeholder={value.length ? undefined : "Search vendors"}
      searchable
      clearable
      hidePickedOptions
      maxValues={max}
      data={data}
      value={[...value]}
      onChange={(ids) => {
        const next = new Map(labels);
        for (const o of data) if (ids.includes(o.value)) next.set(o.value, o.label);
        setLabels(next);
        onChange(ids);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? "Searching…" : "No vendor found"}
      maw={720}
    />
  );
}
