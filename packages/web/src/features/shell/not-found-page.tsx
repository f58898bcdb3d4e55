import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";

/** A path the app does not know. */
export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        There is no page at this address.{" "}
        <Anchor component={Link} to="/">
          Go to the dashboard
        </Anchor>
        .
      </Text>
    </>
  );
}
