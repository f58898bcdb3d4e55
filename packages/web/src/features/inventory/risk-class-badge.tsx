import { Badge, Tooltip } from "@mantine/core";
import { riskClassInfo } from "./inventory-labels";

/** The EU AI Act risk class as a coloured badge, with what it means on hover. */
export function RiskClassBadge({ value, size = "md" }: { value: string; size?: "sm" | "md" | "lg" | "xl" }) {
  const info = riskClassInfo(value);
  const badge = (
    <Badge
      color={info.color}
      variant={value === "prohibited" || value === "high-risk" ? "filled" : "light"}
      size={size}
      tt="none"
      data-testid="risk-class"
      data-risk-class={value}
      styles={{ root: { overflow: "visible", minWidth: "max-content" }, label: { overflow: "visible" } }}
    >
      {info.label}
    </Badge>
  );
  return info.text ? (
    <Tooltip label={info.text} multiline w={280} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
