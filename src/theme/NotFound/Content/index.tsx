// Why: a dead link should still lead somewhere: search and the categories.
import {lazy, Suspense} from 'react';
import Content from '@theme-original/NotFound/Content';
import type ContentType from '@theme/NotFound/Content';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof ContentType>;

// Lazy: @theme/DocRoot bundles this for unknown paths, and every question page loads DocRoot.
// The server renders it in full (renderToPipeableStream waits for it); the browser fetches it only on a 404.
const NotFoundHelp = lazy(() => import('@site/src/components/NotFoundHelp'));

export default function ContentWrapper(props: Props) {
  return (
    <>
      <Content {...props} />
      <Suspense fallback={null}>
        <NotFoundHelp />
      </Suspense>
    </>
  );
}
