/**
 * Script injection through user Markdown (policies, notes, questionnaire text): the ways past a
 * naive filter — mixed case, entities, angle-bracket and reference links, autolinks, images, raw
 * HTML of every kind, attribute breaking — all end as inert text or are dropped. The web project
 * has no DOM, so the component is rendered to static markup, as markdown-view.test.ts does.
 */
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MantineProvider } from "@mantine/core";
import { MarkdownView } from "./markdown-view";

/** The markup of the Markdown alone (Mantine adds its own style tag in front). */
const render = (source: string) =>
  renderToStaticMarkup(createElement(MantineProvider, null, createElement(MarkdownView, { source }))).replace(
    /<style data-mantine-styles[^>]*>[\s\S]*?<\/style>/g,
    "",
  );

/** Elements and attributes Markdown may produce; anything else (script, iframe, svg, style, …) is a leak. */
const ELEMENTS = new Set(
  "div p a span code pre strong em del ul ol li h1 h2 h3 h4 h5 h6 table thead tbody tr th td blockquote hr br img input sup section".split(
    " ",
  ),
);
const ATTRIBUTES = new Set(
  "class href target rel src alt title type checked disabled style align id".split(" "),
);

/**
 * Fails when the markup holds an element or attribute outside the lists, an event handler, or a
 * link or image address a browser would open with another scheme than http(s) or mailto.
 */
function expectInert(html: string): void {
  for (const [, name, attrs] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(ELEMENTS, html).toContain(name!.toLowerCase());
    for (const [, attr, , value] of attrs!.matchAll(/([^\s=/]+)(="([^"]*)")?/g)) {
      const a = attr!.toLowerCase();
      if (!a.startsWith("data-")) expect(ATTRIBUTES, `${a} in ${html}`).toContain(a);
      if ((a === "href" || a === "src") && value !== undefined) {
        const decoded = value.replace(/&amp;/g, "&");
        const scheme = new URL(decoded, "https://aims.example/page").protocol;
        expect(["https:", "http:", "mailto:"], `${a}=${value}`).toContain(scheme);
      }
    }
  }
}

describe("MarkdownView against script injection", () => {
  it.each([
    ["mixed case", "[a](JaVaScRiPt:alert(1))"],
    ["entity-encoded scheme", "[a](jav&#x61;script:alert(1))"],
    ["decimal entities", "[a](&#106;avascript:alert(1))"],
    ["angle-bracket destination", "[a](<javascript:alert(1)>)"],
    ["percent-encoding", "[a](javascript%3Aalert(1))"],
    ["tab inside the scheme", "[a](java\tscript:alert(1))"],
    ["vbscript", "[a](vbscript:msgbox(1))"],
    ["data URL", "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["reference link", "[a][ref]\n\n[ref]: javascript:alert(1)"],
    ["autolink", "<javascript:alert(1)>"],
    ["image", "![a](javascript:alert(1))"],
    ["image reference", "![a][img]\n\n[img]: javascript:alert(1)"],
  ])("drops a %s link to script", (_label, source) => {
    expectInert(render(source));
  });

  it.each([
    ["script block", "<script>alert(1)</script>"],
    ["script split over lines", "<scr\nipt>alert(1)</script>"],
    ["iframe", '<iframe src="https://evil.example"></iframe>'],
    ["svg with onload", "<svg onload=alert(1)></svg>"],
    ["img with onerror", '<img src="x" onerror="alert(1)">'],
    ["raw anchor", '<a href="javascript:alert(1)">click</a>'],
    ["style", "<style>body{background:url(javascript:alert(1))}</style>"],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ["form", '<form action="https://evil.example"><button>Go</button></form>'],
    ["object", '<object data="evil.swf"></object>'],
    ["details with ontoggle", "<details open ontoggle=alert(1)>x</details>"],
    ["HTML inside a table cell", "| a |\n|---|\n| <img src=x onerror=alert(1)> |"],
    ["HTML inside a list", "- item <script>alert(1)</script>"],
    ["HTML comment hiding a tag", "<!-- x --><script>alert(1)</script>"],
  ])("renders no %s", (_label, source) => {
    const html = render(`Before\n\n${source}\n\nAfter`);
    expectInert(html);
    expect(html).toContain("After");
  });

  it("keeps the words of an inline tag but never the tag", () => {
    const html = render("Press <b onclick=alert(1)>here</b> now");
    expect(html).toContain("Press ");
    expect(html).toContain("here");
    expect(html).not.toMatch(/<b[\s>]|onclick/i);
  });

  it("escapes quotes in a link title and text, so no attribute can be added", () => {
    const html = render('[x" onmouseover="alert(1)](https://example.org "t\\" onmouseover=\\"alert(2)")');
    expectInert(html);
    expect(html).toContain("https://example.org");
    expect(html).toMatch(/&quot;/);
  });

  it("shows code spans and blocks holding HTML as text", () => {
    const html = render("`<script>alert(1)</script>`\n\n```html\n<img src=x onerror=alert(1)>\n```\n");
    expectInert(html);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("keeps safe links: web addresses, mail addresses, in-app paths and anchors", () => {
    const html = render("[w](https://example.org/a?b=1) [m](mailto:ai@example.org) [p](/risks) [h](#scope)");
    expect(html).toContain('href="https://example.org/a?b=1"');
    expect(html).toContain('href="mailto:ai@example.org"');
    expect(html).toContain('href="/risks"');
    expect(html).toContain('href="#scope"');
    expect(html).not.toMatch(/<span>[wmph]<\/span>/);
  });

  it("opens outside links without giving the new page a handle on ours", () => {
    const html = render("[ext](https://example.org)");
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });
});
