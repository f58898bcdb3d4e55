import { Badge } from "@mantine/core";
import type { ReactNode } from "react";

/** A small coloured status label that never truncates inside a table cell. */
export function StatusBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Badge
      color={color}
      variant="light"
      tt="none"
      styles={{ root: { overflow: "visible", minWidth: "max-content" }, label: { overflow: "visible" } }}
    >
      {children}
    </Badge>
  );
}
