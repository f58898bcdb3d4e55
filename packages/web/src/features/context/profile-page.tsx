import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ORGANIZATION_ROLES, UpdateAimsProfile, type AimsProfile } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { handleVersionConflict } from "../../lib/conflict";
import { formatDateTime } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { useUserNames } from "../users/use-user-names";
import { PROFILE_KEY, getAimsProfile, putAimsProfile } from "./context-api";
import { ORGANIZATION_ROLE_LABELS, type OrganizationRole } from "./context-labels";

function ProfileForm({ profile }: { profile: AimsProfile }) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const names = useUserNames();
  const [roles, setRoles] = useState<OrganizationRole[]>(profile.organizationRoles);
  const [riskAppetite, setRiskAppetite] = useState(profile.riskAppetite);
  const [organizationName, setOrganizationName] = useState(profile.organizationName);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const body = { version: profile.version, organizationName, organizationRoles: roles, riskAppetite };

  const save = useMutation({
    mutationFn: () => putAimsProfile(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(PROFILE_KEY, saved);
      notifications.show({ color: "green", message: `Saved the AIMS profile (version ${saved.version}).` });
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, PROFILE_KEY, "profile")) return;
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(UpdateAimsProfile, body);
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }
  const readOnly = !canWrite;
  const placed = Object.keys(fieldErrors).some((k) => k !== "");

  return (
    <form onSubmit={submit} noValidate aria-label="AIMS profile">
      <Stack gap="md">
        {save.isError && !placed ? <FormAlert error={save.error} /> : null}
        <Paper withBorder radius="md" p="md">
          <TextInput
            label="Organization name"
            description="How the organization introduces itself to vendors answering questionnaires."
            maxLength={200}
            readOnly={readOnly}
            value={organizationName}
            onChange={(e) => setOrganizationName(e.currentTarget.value)}
            error={fieldErrors.organizationName}
          />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Checkbox.Group
            label="The organization's roles in AI"
            description="As named in ISO/IEC 22989 (ISO/IEC 42001 4.1). The role for one particular system is recorded on that system."
            value={roles}
            onChange={(v) => setRoles(v as OrganizationRole[])}
            readOnly={readOnly}
            error={fieldErrors.organizationRoles}
          >
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mt="xs">
              {ORGANIZATION_ROLES.map((r) => (
                <Checkbox
                  key={r}
                  value={r}
                  label={ORGANIZATION_ROLE_LABELS[r].label}
                  description={ORGANIZATION_ROLE_LABELS[r].text}
                  disabled={readOnly}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Textarea
            label="Risk appetite"
            description="How much AI risk the organization accepts, and where it draws the line. The risk criteria (6.1.1) build on it."
            autosize
            minRows={5}
            maxRows={16}
            readOnly={readOnly}
            value={riskAppetite}
            onChange={(e) => setRiskAppetite(e.currentTarget.value)}
            error={fieldErrors.riskAppetite}
          />
        </Paper>
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed" data-testid="profile-version">
            Version {profile.version}
            {profile.updatedBy
              ? `, saved ${formatDateTime(profile.updatedAt)} by ${names.nameOf(profile.updatedBy)}`
              : ", not saved yet"}
          </Text>
          {canWrite ? (
            <Button type="submit" loading={save.isPending}>
              Save profile
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/** Context → AIMS profile: the organization's AI roles and risk appetite (ISO/IEC 42001 4.1, 6.1.1). */
export function ProfilePage() {
  const profile = useQuery({ queryKey: PROFILE_KEY, queryFn: ({ signal }) => getAimsProfile(signal) });
  const p = profile.data;
  return (
    <section aria-labelledby="profile-heading">
      <PageHeader
        title="AIMS profile"
        order={2}
        id="profile-heading"
        description="The roles the organization holds in AI and how much AI risk it accepts. Each save is a new version in the audit trail."
      />
      <LoadStatus
        isLoading={profile.isLoading}
        error={profile.error}
        onRetry={() => void profile.refetch()}
        what="profile"
      />
      {p ? <ProfileForm key={p.version} profile={p} /> : null}
    </section>
  );
}
