/**
 * The server-rendered HTML of the page the browser opened, kept before React
 * hydrates it (a client module runs first): if a render fails later, the
 * error fallback shows it again instead of an empty crash page.
 */
import {SkipToContentFallbackId} from '@docusaurus/theme-common';

export type Snapshot = {
  /** The page it belongs to. */
  path: string;
  /** Inside #__docusaurus: the whole page. */
  root: string;
  /** Inside the layout's main container: what the layout's error boundary replaces. */
  main: string;
};

const html = (id: string) => document.getElementById(id)?.innerHTML ?? '';

const snapshot: Snapshot | undefined =
  typeof document === 'undefined'
    ? undefined
    : {path: window.location.pathname, root: html('__docusaurus'), main: html(SkipToContentFallbackId)};

export function serverRendered(): Snapshot | undefined {
  return snapshot;
}
