import { Center, Loader } from "@mantine/core";
import { Suspense, lazy, type ComponentType } from "react";

/** Shown where a page goes while its code arrives (the header and navigation stay). */
function PageLoading() {
  return (
    <Center p="xl">
      <Loader size="sm" aria-label="Loading the page" />
    </Center>
  );
}

/**
 * A page whose code loads the first time it is shown, so the first screen does not wait for every
 * feature. `lazyPage(() => import("./risks-page"), "RisksPage")` stands for `RisksPage`. A chunk
 * that fails to load (e.g. a new release replaced it) reaches the route's error page, which offers
 * a reload.
 */
export function lazyPage<M, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType<PropsOf<M[K]>> {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType<object> }));
  return withSuspense(Page, name) as ComponentType<PropsOf<M[K]>>;
}

type PropsOf<C> = C extends ComponentType<infer P> ? P : never;

function withSuspense<P extends object>(Page: ComponentType<P>, name: string): ComponentType<P> {
  function LazyPage(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page {...props} />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}
