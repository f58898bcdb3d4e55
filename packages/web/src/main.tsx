import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { setUnauthorizedHandler } from "./api/client";
import { ME_QUERY_KEY } from "./features/auth/me-context";
import { loginPathFor } from "./features/auth/next-path";
import { createQueryClient } from "./query-client";
import { router } from "./router";
import { theme } from "./theme";

const queryClient = createQueryClient();

// A 401 on any call means the session ended (expired, signed out elsewhere, deactivated).
setUnauthorizedHandler(() => {
  const here = window.location.pathname + window.location.search;
  queryClient.setQueryData(ME_QUERY_KEY, null);
  if (!here.startsWith("/login") && !here.startsWith("/setup"))
    void router.navigate(loginPathFor(here), { replace: true });
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
