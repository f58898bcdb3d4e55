import { Group, Select, TextInput, type GroupProps } from "@mantine/core";
import type { ChangeEvent, ReactNode } from "react";

/** The row of filters above a list, a search landmark named e.g. "Filter documents". */
export function ListFilters({
  label,
  children,
  ...group
}: GroupProps & { label: string; children: ReactNode }) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={label} {...group}>
      {children}
    </Group>
  );
}

/** The search box of a list (see `useListSearch`). */
export function SearchFilter({
  search,
  placeholder,
  w,
}: {
  search: { text: string; onChange: (event: ChangeEvent<HTMLInputElement>) => void };
  placeholder: string;
  w: number;
}) {
  return (
    <TextInput
      label="Search"
      placeholder={placeholder}
      value={search.text}
      onChange={search.onChange}
      w={w}
    />
  );
}

type Choices<V extends string> =
  | {
      /** The values in the order offered, each read through `labels`. */
      options: readonly V[];
      labels: Readonly<Record<V, string | { label: string }>>;
      data?: never;
    }
  | { data: readonly { value: V; label: string }[]; options?: never; labels?: never };

type FilterSelectProps<V extends string> = Choices<V> & {
  label: string;
  /** What an empty choice means, e.g. "All statuses". */
  placeholder: string;
  value: V | null;
  onChange: (value: V | null) => void;
  w: number;
  searchable?: boolean;
};

/** A filter that narrows a list to one value of a fixed set, or clears to show all. */
export function FilterSelect<V extends string>(props: FilterSelectProps<V>) {
  const { label, placeholder, value, onChange, w, searchable } = props;
  const data = props.data ?? props.options.map((v) => ({ value: v, label: labelOf(props.labels[v]) }));
  return (
    <Select
      label={label}
      placeholder={placeholder}
      clearable
      searchable={searchable}
      data={data}
      value={value}
      // The choices are the values of V, so whatever Mantine hands back is one of them.
      onChange={(v) => onChange(v as V | null)}
      w={w}
    />
  );
}

function labelOf(label: string | { label: string }): string {
  return typeof label === "string" ? label : label.label;
}
