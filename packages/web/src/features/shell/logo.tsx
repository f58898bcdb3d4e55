import { Group, Text } from "@mantine/core";

/** The product mark and name. */
export function Logo() {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={26} height={26} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="var(--mantine-color-blue-filled)" />
        <path d="M9 22 16 8l7 14h-4l-3-6.5L13 22z" fill="#fff" />
      </svg>
      <Text fw={700} size="lg">
        OpenAIMS
      </Text>
    </Group>
  );
}
