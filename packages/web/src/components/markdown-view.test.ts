import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MantineProvider } from "@mantine/core";
import { MarkdownView } from "./markdown-view";

const render = (source: string) =>
  renderToStaticMarkup(createElement(MantineProvider, null, createElement(MarkdownView, { source })));

describe("MarkdownView", () => {
  it("never renders raw HTML: a script tag stays inert text", () => {
    const html = render(
      "# Policy\n\nBefore <script>alert(1)</script> after\n\n<img src=x onerror=alert(2)>\n",
    );
    expect(html).toContain("<h1>Policy</h1>");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).toContain("Before");
  });

  it("drops javascript: and data: links, keeps their text, and opens web links safely", () => {
    const html = render(
      "[x](javascript:alert(1)) [y](data:text/html,hi) [z](https://example.org) [in](/governance)",
    );
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:text/i);
    expect(html).toContain("<span>x</span>");
    expect(html).toContain("<span>y</span>");
    expect(html).toContain(
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer nofollow">z</a>',
    );
    expect(html).toContain('<a href="/governance">in</a>');
  });

  it("shows pipe tables as tables, with inline Markdown in cells and nothing unsafe", () => {
    const html = render(
      "## Roles\n| Role | Duty |\n|---|:-:|\n| **Owner** | Approves <b>x</b> |\n| [a](javascript:1) |\n",
    );
    expect(html).toContain("<table");
    expect(html).toContain("<strong>Owner</strong>");
    expect(html).toMatch(/<th[^>]*>Role<\/th>/);
    expect(html).not.toMatch(/<b>|javascript:/);
  });
});
