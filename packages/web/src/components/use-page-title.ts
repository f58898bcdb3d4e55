import { useEffect } from "react";

/** Sets the browser tab title for a page: "Users · OpenAIMS". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · OpenAIMS` : "OpenAIMS";
  }, [title]);
}
