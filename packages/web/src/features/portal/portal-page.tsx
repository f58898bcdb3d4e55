import { Alert, Button, Center, Group, Loader, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { isApiError, messageOf } from "../../api/errors";
import { usePageTitle } from "../../components/use-page-title";
import { portalApi } from "./portal-client";
import { PortalAnswering } from "./portal-answering";
import { PortalLayout, PortalNotice } from "./portal-layout";
import { PortalSubmitted } from "./portal-submitted";
import { forgetLinkToken, sessionStore, takeLinkToken, tokenFromHash } from "./portal-token";

import { PORTAL_KEY } from "./portal-keys";

/**
 * `/portal#<token>` (ISO/IEC 42001 A.10.3): a vendor contact answers one questionnaire with no
 * account. The token leaves the address bar at once and goes only in the `x-vendor-link` header.
 */
export function PortalPage() {
  const [token] = useState(() => takeLinkToken(window, sessionStore()));
  const [refused, setRefused] = useState<unknown>(null);
  const portal = useQuery({
    queryKey: PORTAL_KEY,
    queryFn: () => portalApi.read(token!),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const data = portal.data;
  // Another link pasted into this tab changes only the fragment: start again with its token.
  useEffect(() => {
    const onHash = () => {
      if (tokenFromHash(window.location.hash)) window.location.reload();
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  usePageTitle(data ? `Questionnaire for ${data.vendorName}` : "Questionnaire");
  const error = refused ?? portal.error;

  if (!token) {
    return (
      <PortalNotice title="No questionnaire link" color="blue">
        Open the full link you received: it ends with “#” followed by a long code. If you copied it by hand,
        copy it again in one piece.
      </PortalNotice>
    );
  }
  if (isApiError(error) && error.status === 401) {
    forgetLinkToken(sessionStore());
    return (
      <PortalNotice title="This link is no longer valid" color="orange">
        The questionnaire link has expired, was replaced by a newer one or withdrawn, or the questionnaire was
        already reviewed. If you still need to answer, contact the person who sent you the questionnaire and
        ask for a new link.
      </PortalNotice>
    );
  }
  // Too many requests ends the page only when there is nothing to show yet; otherwise (a refresh
  // after an upload refused) the answers stay on the page with a note above them.
  const tooMany = isApiError(error) && error.status === 429;
  if (tooMany && !data) {
    return (
      <PortalNotice
        title="Too many requests"
        color="yellow"
        onRetry={() => {
          setRefused(null);
          void portal.refetch();
        }}
      >
        Too many requests came from your network in a short time. Wait a minute, then try again. Nothing you
        saved is lost.
      </PortalNotice>
    );
  }
  if (portal.error && !data) {
    return (
      <PortalNotice
        title="The questionnaire could not be loaded"
        color="red"
        onRetry={() => void portal.refetch()}
      >
        {messageOf(portal.error)}
      </PortalNotice>
    );
  }
  if (!data) {
    return (
      <PortalLayout>
        <Center p="xl">
          <Loader size="sm" aria-label="Loading the questionnaire" />
        </Center>
      </PortalLayout>
    );
  }
  return (
    <PortalLayout organization={data.organizationName}>
      {tooMany ? (
        <Alert color="yellow" variant="light" role="alert" mb="md" title="Too many requests">
          <Group justify="space-between" gap="sm">
            <Text size="sm">Wait a minute before saving again; what you entered stays on this page.</Text>
            <Button size="xs" variant="default" onClick={() => void portal.refetch()}>
              Try again
            </Button>
          </Group>
        </Alert>
      ) : null}
      {data.canEdit ? (
        <PortalAnswering key={data.campaignKey} token={token} data={data} onRefused={setRefused} />
      ) : (
        <PortalSubmitted data={data} />
      )}
    </PortalLayout>
  );
}
