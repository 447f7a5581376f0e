// Why: a render that fails outside the layout's own error boundary (navbar,
// providers) reaches Docusaurus's last-resort page, "This page crashed" in
// English; ours shows the server-rendered page again, with a short note.
// Not a wrapper: the original renders the layout, which may be what failed.
// tests/e2e/render-error.spec.ts checks that it takes effect.
import type {Props} from '@theme/Error';
import RenderErrorFallback from '@site/src/components/RenderErrorFallback';

export default function ErrorPage({error}: Props) {
  return <RenderErrorFallback part="root" error={error} />;
}
