import type { VendorRiskRating } from "@openaims/core";
import { StatusBadge } from "../../components/status-badge";
import { ratingTone } from "./vendor-labels";

/** A vendor's risk rating, coloured low (green) → critical (red); "Not rated" when empty. */
export function RatingBadge({ rating, testId }: { rating: VendorRiskRating | null; testId?: string }) {
  const tone = ratingTone(rating);
  return (
    <StatusBadge color={tone.color}>
      <span data-testid={testId} data-rating={rating ?? "none"}>
        {tone.label}
      </span>
    </StatusBadge>
  );
}
