import { Button, Indicator } from "@mantine/core";
import { Link } from "react-router";
import { INBOX_PATH } from "../intake/intake-paths";
import { useInbox } from "./inbox-api";

/** The header's link to the inbox, with the number of items waiting (asked again every minute). */
export function InboxButton() {
  const inbox = useInbox();
  const count = inbox.data?.total ?? 0;
  const label =
    count === 0 ? "Inbox, nothing waiting" : `Inbox, ${count} ${count === 1 ? "item" : "items"} waiting`;
  return (
    <Indicator
      label={count > 99 ? "99+" : count}
      size={18}
      color="red"
      disabled={count === 0}
      offset={4}
      data-testid="inbox-count"
      data-count={count}
    >
      <Button component={Link} to={INBOX_PATH} variant="default" aria-label={label}>
        Inbox
      </Button>
    </Indicator>
  );
}
