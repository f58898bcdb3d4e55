import { Anchor, Group } from "@mantine/core";

/** The Edit and Delete links at the end of a row of a register one may change. */
export function EditDeleteActions({ onEdit, onDelete }: { onEdit: () => void; onDelete: () => void }) {
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Anchor component="button" type="button" size="sm" onClick={onEdit}>
        Edit
      </Anchor>
      <Anchor component="button" type="button" size="sm" c="red" onClick={onDelete}>
        Delete
      </Anchor>
    </Group>
  );
}
