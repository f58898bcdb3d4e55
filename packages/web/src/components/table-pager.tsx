import { Group, NativeSelect, Pagination, Text } from "@mantine/core";
import { pageCount } from "../api/query-string";

type Props = {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  noun: string;
};

export const PAGE_SIZES = [10, 25, 50, 100];

/** "21–40 of 312 users", page buttons and a page-size choice under a table. */
export function TablePager({ page, pageSize, total, onPage, onPageSize, noun }: Props) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="pager-summary">
        {total === 0 ? `No ${noun}` : `${first}–${last} of ${total} ${noun}`}
      </Text>
      <Group gap="md">
        <NativeSelect
          aria-label="Rows per page"
          size="xs"
          value={String(pageSize)}
          data={PAGE_SIZES.map((s) => ({ value: String(s), label: `${s} per page` }))}
          onChange={(e) => onPageSize(Number(e.currentTarget.value))}
        />
        <Pagination
          total={pageCount(total, pageSize)}
          value={page}
          onChange={onPage}
          size="sm"
          aria-label={`Pages of ${noun}`}
          getControlProps={(control) => ({ "aria-label": `${control} page` })}
        />
      </Group>
    </Group>
  );
}
