// Why: when a page fails to render in the browser, Docusaurus's layout shows
// "页面已崩溃" where the answer was; ours shows the server-rendered answer again,
// with a short note. Not a wrapper: the original is the crash page it replaces.
// ErrorPageContent is not among the components Docusaurus marks safe to
// swizzle; tests/e2e/render-error.spec.ts checks that it still takes effect.
import type {Props} from '@theme/Error';
import RenderErrorFallback from '@site/src/components/RenderErrorFallback';

export default function ErrorPageContent({error}: Props) {
  return <RenderErrorFallback part="main" error={error} />;
}
