import { Badge } from "@mantine/core";
import { textOn } from "./heat-map";

/** A risk level in its band colour (the colour comes from the organization's matrix). */
export function LevelBadge({
  level,
  testId,
}: {
  level: { id: string; label: string; color: string } | null;
  testId?: string;
}) {
  if (!level) return <span>—</span>;
  return (
    <Badge
      variant="filled"
      tt="none"
      data-testid={testId}
      data-level={level.id}
      styles={{ root: { background: level.color, color: textOn(level.color), minWidth: "max-content" } }}
    >
      {level.label}
    </Badge>
  );
}
