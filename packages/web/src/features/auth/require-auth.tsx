import { Center, Loader } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Navigate, Outlet, useLocation } from "react-router";
import { FormAlert } from "../../components/form-alert";
import { fetchMe } from "./auth-api";
import { ME_QUERY_KEY, MeContext } from "./me-context";
import { loginPathFor } from "./next-path";

/** Renders the app only for a signed-in person; sends anyone else to the sign-in page. */
export function RequireAuth() {
  const location = useLocation();
  const me = useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading your session" />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100vh" p="md">
        <FormAlert error={me.error} title="Could not reach OpenAIMS" />
      </Center>
    );
  }
  if (!me.data) return <Navigate to={loginPathFor(location.pathname + location.search)} replace />;
  return (
    <MeContext.Provider value={me.data}>
      <Outlet />
    </MeContext.Provider>
  );
}
