/**
 * File downloads (catalog exports) through the same session as every other call: fetch the
 * file, then hand it to the browser as a blob, so a failure shows as a message instead of an
 * error page in a new tab.
 */
import { apiErrorFrom, networkError } from "./errors";
import { buildQueryString, type QueryValue } from "./query-string";

/** The file name in a `Content-Disposition` header (`filename*=` first), or null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;]+)/.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : null;
}

/** Fetches `path` and saves it as `fallbackName` (or the server's file name); throws ApiError. */
export async function downloadFile(
  path: string,
  query: Readonly<Record<string, QueryValue>>,
  fallbackName: string,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path + buildQueryString(query), { credentials: "same-origin" });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) {
    let body: unknown;
    try {
      body = JSON.parse(await response.text()) as unknown;
    } catch {
      body = undefined;
    }
    throw apiErrorFrom(response.status, body);
  }
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get("content-disposition")) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
