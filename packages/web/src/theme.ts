import { createTheme, Modal } from "@mantine/core";

/** One theme for the app: Mantine defaults with a visible keyboard focus ring everywhere. */
export const theme = createTheme({
  primaryColor: "blue",
  defaultRadius: "md",
  focusRing: "auto",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  headings: { fontWeight: "650" },
  components: {
    // Icon-only close buttons need a name for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { "aria-label": "Close dialog" } } }),
  },
});
