import { Table, Typography } from "@mantine/core";
import Markdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

/**
 * Links open only for safe addresses: the default transform empties `javascript:`, `data:` and other
 * schemes, and such a link is shown as its text alone.
 */
const components: Components = {
  a: ({ href, children }) => {
    if (!href) return <span>{children}</span>;
    const external = /^[a-z][a-z0-9+.-]*:/i.test(href);
    return (
      <a href={href} {...(external ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}>
        {children}
      </a>
    );
  },
  table: ({ children }) => (
    <Table.ScrollContainer minWidth={480} mb="md">
      <Table withTableBorder withColumnBorders striped verticalSpacing="xs">
        {children}
      </Table>
    </Table.ScrollContainer>
  ),
};

const plugins = [remarkGfm];

/**
 * Renders Markdown written by users (policies, procedures, notes) safely: raw HTML is dropped, never
 * rendered, and unsafe link schemes lose their link. GitHub tables, task lists and strikethrough come
 * from remark-gfm. Shared by every feature that displays Markdown.
 */
export function MarkdownView({ source, testId }: { source: string; testId?: string }) {
  return (
    <Typography data-testid={testId}>
      <Markdown skipHtml remarkPlugins={plugins} urlTransform={defaultUrlTransform} components={components}>
        {source}
      </Markdown>
    </Typography>
  );
}
