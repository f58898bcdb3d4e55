import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState, type FormEvent } from "react";
import { useMe } from "../auth/me-context";
import { ChevronDownIcon } from "../shell/icons";
import {
  deleteView,
  matchingView,
  readSavedViews,
  saveView,
  viewNameProblem,
  type SavedView,
} from "./saved-views";

/** The browser's storage, or none (private mode with storage disabled). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const NO_STORAGE = { getItem: () => null, setItem: () => undefined };

/**
 * Saved views of the inventory: apply one, save the current filter and sort under a name, delete.
 * Kept in this browser, per signed-in user.
 */
export function SavedViewsMenu({ query, onApply }: { query: string; onApply: (query: string) => void }) {
  const me = useMe();
  const storage = browserStorage() ?? NO_STORAGE;
  const [views, setViews] = useState<SavedView[]>(() => readSavedViews(storage, me.user.id));
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const current = matchingView(views, query);

  function save(event: FormEvent) {
    event.preventDefault();
    const problem = viewNameProblem(name);
    if (problem) return setError(problem);
    setViews(saveView(storage, me.user.id, name, query));
    notifications.show({ color: "green", message: `Saved the view “${name.trim()}”.` });
    setNaming(false);
  }

  return (
    <>
      <Menu position="bottom-end" width={300} withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<ChevronDownIcon size={14} />} data-testid="saved-views">
            {current ? `View: ${current.name}` : "Saved views"}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Saved views in this browser</Menu.Label>
          {views.length === 0 ? (
            <Text size="sm" c="dimmed" px="sm" py={4}>
              None yet. Filter and sort the table, then save the view.
            </Text>
          ) : null}
          {views.map((v) => (
            <Group key={v.name} gap={0} wrap="nowrap">
              <Menu.Item
                onClick={() => onApply(v.query)}
                fw={v === current ? 700 : undefined}
                style={{ flex: 1 }}
              >
                {v.name}
              </Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Delete the view ${v.name}`}
                onClick={() => setViews(deleteView(storage, me.user.id, v.name))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item
            onClick={() => {
              setName(current?.name ?? "");
              setError(null);
              setNaming(true);
            }}
          >
            Save current view…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={() => setNaming(false)} title="Save this view" centered>
        <form onSubmit={save} noValidate aria-label="Save this view">
          <Stack>
            <Text size="sm" c="dimmed">
              The filters and sort order now applied, under a name. Saving under an existing name replaces it.
            </Text>
            <TextInput
              label="Name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={error}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                Cancel
              </Button>
              <Button type="submit">Save view</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
