/**
 * What the site records about its use, as the query string of a request for
 * one static file (EVENT_FILE), so that any static server's access log holds
 * it: the settled searches, the votes under answers and the copy buttons
 * used. No identifier of the reader, nothing from another page. The report
 * (scripts/report) decodes the same strings with decodeEvent.
 */

/** The 1×1 GIF the build ships (static/), requested with the event as its query string. */
export const EVENT_FILE = 'event.gif';

export const MAX_EVENT_QUERY_LENGTH = 100;
/** A query unchanged this long is settled: the reader has stopped typing (src/lib/events/useSearchEvent.ts). */
export const SETTLE_MS = 1500;

/** 没帮助's reasons, by the short ASCII code that is logged. */
export const VOTE_REASONS = {
  missing: '没找到我要的',
  unclear: '步骤看不懂',
  outdated: '内容过时',
  other: '其他',
} as const;
export type VoteReason = keyof typeof VOTE_REASONS;

export type CopyKind = 'link' | 'reply';

export type SiteEvent =
  /** A settled query, its result count and the rank (from 1) of the result opened, or null. */
  | {type: 'search'; query: string; results: number; opened: number | null}
  /** 有帮助 (true) or 没帮助 (false) under question number `question` (its short link /q/N/). */
  | {type: 'vote'; question: number; helpful: boolean}
  /** The reason chosen after 没帮助. */
  | {type: 'reason'; question: number; reason: VoteReason}
  /** A copy button: the question's link or reply, on its page (or /all/) or in search results. */
  | {type: 'copy'; question: number; what: CopyKind; from: 'page' | 'search'};

/** The event's query string (without "?"). */
export function encodeEvent(event: SiteEvent): string {
  const fields = ((): Record<string, string> => {
    switch (event.type) {
      case 'search':
        return {
          e: 'search',
          q: event.query.trim().slice(0, MAX_EVENT_QUERY_LENGTH),
          n: String(event.results),
          r: event.opened === null ? '' : String(event.opened),
        };
      case 'vote':
        return {e: 'vote', p: String(event.question), v: event.helpful ? 'up' : 'down'};
      case 'reason':
        return {e: 'reason', p: String(event.question), why: event.reason};
      case 'copy':
        return {e: 'copy', p: String(event.question), w: event.what, f: event.from};
    }
  })();
  return new URLSearchParams(fields).toString();
}

const count = (value: string | null) => (value !== null && /^\d{1,6}$/.test(value) ? Number(value) : null);

/** The event in a query string, or null when it is not one that encodeEvent writes. */
export function decodeEvent(query: string): SiteEvent | null {
  const params = new URLSearchParams(query);
  const question = count(params.get('p'));
  switch (params.get('e')) {
    case 'search': {
      const text = params.get('q')?.trim().slice(0, MAX_EVENT_QUERY_LENGTH);
      const results = count(params.get('n'));
      const rank = params.get('r');
      const opened = rank ? count(rank) : null;
      if (!text || results === null || (rank && !opened)) return null;
      return {type: 'search', query: text, results, opened};
    }
    case 'vote': {
      const vote = params.get('v');
      if (question === null || (vote !== 'up' && vote !== 'down')) return null;
      return {type: 'vote', question, helpful: vote === 'up'};
    }
    case 'reason': {
      const reason = params.get('why') ?? '';
      if (question === null || !Object.prototype.hasOwnProperty.call(VOTE_REASONS, reason)) return null;
      return {type: 'reason', question, reason: reason as VoteReason};
    }
    case 'copy': {
      const what = params.get('w');
      const from = params.get('f');
      if (question === null || (what !== 'link' && what !== 'reply') || (from !== 'page' && from !== 'search')) {
        return null;
      }
      return {type: 'copy', question, what, from};
    }
    default:
      return null;
  }
}
