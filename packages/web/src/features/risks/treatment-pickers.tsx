import { MultiSelect, SimpleGrid } from "@mantine/core";
import { MAX_PAGE_SIZE } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { CONTROLS_KEY, listControls } from "../controls/controls-api";
import { FRAMEWORKS_KEY, listRequirements } from "../frameworks/frameworks-api";

const ISO_42001 = "iso-iec-42001:2023";

/** The organization's controls and the ISO/IEC 42001 Annex A controls chosen to treat a risk. */
export function TreatmentPickers({
  treatmentControls,
  annexAControls,
  onTreatmentControls,
  onAnnexA,
  errors,
  readOnly,
}: {
  treatmentControls: string[];
  annexAControls: string[];
  onTreatmentControls: (v: string[]) => void;
  onAnnexA: (v: string[]) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}) {
  const controls = useQuery({
    queryKey: [...CONTROLS_KEY, "options"],
    queryFn: ({ signal }) =>
      listControls({ limit: MAX_PAGE_SIZE, offset: 0, sort: "code", order: "asc" }, signal),
    staleTime: 30_000,
  });
  const annexA = useQuery({
    queryKey: [...FRAMEWORKS_KEY, ISO_42001, "requirements", "controls"],
    queryFn: ({ signal }) =>
      listRequirements(ISO_42001, { limit: MAX_PAGE_SIZE, offset: 0, kind: "control" }, signal),
    staleTime: 5 * 60_000,
  });
  const controlOptions = (controls.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.code} ${c.title}`,
  }));
  // Keep chosen values visible even before (or without) their options loading.
  for (const id of treatmentControls)
    if (!controlOptions.some((o) => o.value === id))
      controlOptions.push({ value: id, label: id.slice(0, 8) });
  const annexOptions = (annexA.data?.items ?? []).map((r) => ({ value: r.key, label: `${r.id} ${r.title}` }));
  for (const key of annexAControls)
    if (!annexOptions.some((o) => o.value === key)) annexOptions.push({ value: key, label: key });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      <MultiSelect
        label="Treatment controls"
        description="Your controls that treat this risk."
        placeholder="Pick controls"
        searchable
        data={controlOptions}
        value={treatmentControls}
        onChange={onTreatmentControls}
        disabled={readOnly}
        nothingFoundMessage={controls.isLoading ? "Loading…" : "No control matches"}
        error={errors.treatmentControls}
      />
      <MultiSelect
        label="Annex A controls"
        description="ISO/IEC 42001 Annex A controls the treatment relies on (cited in the SoA)."
        placeholder="Pick Annex A controls"
        searchable
        data={annexOptions}
        value={annexAControls}
        onChange={onAnnexA}
        disabled={readOnly}
        nothingFoundMessage={annexA.isLoading ? "Loading…" : "No Annex A control matches"}
        error={errors.annexAControls}
      />
    </SimpleGrid>
  );
}
