import {isbot} from 'isbot';
import {decodeEvent, EVENT_FILE, VOTE_REASONS, type VoteReason} from '../../src/lib/events/encode';
import {normalizeQuery} from '../../src/lib/search/query';
import {parseLine} from './parse';

/** A question as the report names it: its short-link number, title and every path it was published at. */
export type SiteQuestion = {n: number; title: string; paths: string[]};

export type SearchTally = {query: string; times: number; zero: number; opened: number; results: number};
export type VoteTally = {up: number; down: number; reasons: Record<VoteReason, number>};
export type CopyTally = {link: number; reply: number; fromSearch: number};
export type ViewTally = {pages: number; shortLinks: number};

/** Malformed lines: how many, and where the first few are (file:line). */
const EXAMPLES = 5;

/**
 * Counts what an access log says about the site: the events of
 * src/lib/events, and the pages opened (short links included). A line that is
 * not in the combined format is counted and skipped; a bot's line is skipped.
 */
export class Tally {
  lines = 0;
  malformed = 0;
  malformedAt: string[] = [];
  bots = 0;
  events = 0;
  pageViews = 0;
  first = Infinity;
  last = -Infinity;
  readonly searches = new Map<string, SearchTally>();
  readonly votes = new Map<number, VoteTally>();
  readonly copies = new Map<number, CopyTally>();
  readonly views = new Map<number, ViewTally>();
  private readonly byPath = new Map<string, number>();

  constructor(readonly questions: SiteQuestion[]) {
    for (const q of questions) for (const p of q.paths) this.byPath.set(p, q.n);
  }

  /** One line of a log; `where` names it (file:line) if it is malformed. */
  add(line: string, where: string) {
    if (line === '') return;
    this.lines += 1;
    const entry = parseLine(line);
    if (!entry) {
      this.malformed += 1;
      if (this.malformedAt.length < EXAMPLES) this.malformedAt.push(where);
      return;
    }
    if (isbot(entry.agent)) {
      this.bots += 1;
      return;
    }
    if (entry.method !== 'GET' || !(entry.status < 400)) return;
    const at = entry.target.indexOf('?');
    const path = at === -1 ? entry.target : entry.target.slice(0, at);
    if (path.endsWith(`/${EVENT_FILE}`)) this.addEvent(at === -1 ? '' : entry.target.slice(at + 1), entry.time);
    else if (path.endsWith('/')) this.addPage(path, entry.time);
  }

  private seen(time: number) {
    if (time < this.first) this.first = time;
    if (time > this.last) this.last = time;
  }

  private addEvent(query: string, time: number) {
    const event = decodeEvent(query);
    if (!event) return;
    this.events += 1;
    this.seen(time);
    if (event.type === 'search') {
      const key = normalizeQuery(event.query);
      const entry = this.searches.get(key) ?? {query: key, times: 0, zero: 0, opened: 0, results: 0};
      entry.times += 1;
      if (event.results === 0) entry.zero += 1;
      if (event.opened !== null) entry.opened += 1;
      entry.results = event.results;
      this.searches.set(key, entry);
    } else if (event.type === 'copy') {
      const entry = getOr(this.copies, event.question, () => ({link: 0, reply: 0, fromSearch: 0}));
      entry[event.what] += 1;
      if (event.from === 'search') entry.fromSearch += 1;
    } else {
      const entry = getOr(this.votes, event.question, () => ({
        up: 0,
        down: 0,
        reasons: Object.fromEntries(Object.keys(VOTE_REASONS).map((r) => [r, 0])) as Record<VoteReason, number>,
      }));
      if (event.type === 'vote') entry[event.helpful ? 'up' : 'down'] += 1;
      else entry.reasons[event.reason] += 1;
    }
  }

  /** A page request: a question page under any base path, or its short link /q/N/. */
  private addPage(path: string, time: number) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return;
    }
    const short = /\/q\/(\d+)\/$/.exec(decoded);
    if (short) {
      const n = Number(short[1]);
      if (!this.questions.some((q) => q.n === n)) return;
      getOr(this.views, n, () => ({pages: 0, shortLinks: 0})).shortLinks += 1;
      this.seen(time);
      return;
    }
    // The site's base path is whatever comes before a question's path.
    for (let at = 0; at !== -1; at = decoded.indexOf('/', at + 1)) {
      const n = this.byPath.get(decoded.slice(at));
      if (n !== undefined) {
        getOr(this.views, n, () => ({pages: 0, shortLinks: 0})).pages += 1;
        this.pageViews += 1;
        this.seen(time);
        return;
      }
    }
  }
}

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
