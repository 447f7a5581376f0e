import {useCallback} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {EVENT_FILE, encodeEvent, type SiteEvent} from './encode';

export type SendEvent = (event: SiteEvent) => void;

/** Whether this build records events (FAQ_EVENTS, docusaurus.config.ts). */
export function useEventsEnabled(): boolean {
  return useDocusaurusContext().siteConfig.customFields?.events === true;
}

/**
 * A function that records an event in the server's access log: a GET of the
 * site's own EVENT_FILE, never cached, without cookies, that outlives the
 * page (keepalive) and that nothing waits for. A GET, not sendBeacon's POST:
 * a static file server answers POST with 405. Does nothing when the build has
 * events off.
 */
export function useEvents(): SendEvent {
  const url = useBaseUrl(`/${EVENT_FILE}`);
  const enabled = useEventsEnabled();
  return useCallback(
    (event: SiteEvent) => {
      if (!enabled) return;
      fetch(`${url}?${encodeEvent(event)}`, {keepalive: true, cache: 'no-store', credentials: 'omit'}).catch(
        () => undefined,
      );
    },
    [url, enabled],
  );
}
