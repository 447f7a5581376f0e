/**
 * The script of the offline copy (opened from a folder, file://, where the
 * site's React code cannot run): scripts/offline/build-offline.ts bundles it
 * into offline.js. It drives what the pages show with the site's own parts: the
 * search engine and its keys, the reply and link texts, the clipboard.
 * Without React, so its markup is made here (why this file exists).
 */
import type {SearchEngine, SearchResult} from '../search/engine';
import {createSearchEngine} from '../search/create';
import {highlightParts} from '../search/highlight';
import {RESULT_KEYS, resultKeyAction} from '../search/keys';
import {replyText, shareText, shortLink} from '../reply/compose';
import {copyText} from '../clipboard';
import {DATA_GLOBAL, type OfflineData} from './data';

const LIMIT = 8;

type Loaded = {data: OfflineData; engine: SearchEngine};

/** search-data.js, loaded on first use (a script element: file:// allows no fetch). */
function dataLoader(doc: Document, root: string): () => Promise<Loaded> {
  let loading: Promise<Loaded> | undefined;
  return () =>
    (loading ??= new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = `${root}search-data.js`;
      script.onload = () => {
        const data = (window as unknown as Record<string, OfflineData>)[DATA_GLOBAL]!;
        resolve({data, engine: createSearchEngine(data)});
      };
      script.onerror = () => reject(new Error('search-data.js'));
      doc.head.append(script);
    }));
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text = '') {
  const el = doc.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** Copies `text`; when the browser refuses, shows it selected under `after` to copy by hand. */
async function copyOrShow(doc: Document, text: string, after: Element): Promise<boolean> {
  after.parentElement?.querySelector('.offline-manual')?.remove();
  if (await copyText(text)) return true;
  const label = element(doc, 'label', 'offline-manual', '无法自动复制，请按 Ctrl+C 复制：');
  const box = doc.createElement('textarea');
  box.readOnly = true;
  box.value = text;
  box.rows = Math.min(8, text.split('\n').length);
  label.append(box);
  after.after(label);
  box.select();
  return false;
}

/**
 * The question actions of a page (src/components/QuestionActions, rendered
 * at build time): 复制链接, 复制答复 and the QR code, with the site's texts.
 * Links use the site's address (data-root), as a folder has none to share.
 */
function mountActions(doc: Document, load: () => Promise<Loaded>) {
  for (const actions of Array.from(doc.querySelectorAll<HTMLElement>('[data-question-actions]'))) {
    const {n = '', title = '', root = ''} = actions.dataset;
    const status = actions.querySelector('[role="status"]');
    const row = actions.querySelector('button')?.parentElement ?? actions;
    for (const button of Array.from(actions.querySelectorAll<HTMLButtonElement>('button[data-copy]'))) {
      const what = button.dataset.copy === 'reply' ? '答复' : '链接';
      button.addEventListener('click', async () => {
        const text =
          what === '链接' ? shareText(title, shortLink(root, n)) : replyText((await load()).data.replies[n]!, n, root);
        if (await copyOrShow(doc, text, row)) {
          if (status) status.textContent = `${what}已复制，可以粘贴到 QQ 群`;
        }
      });
    }
    const toggle = actions.querySelector<HTMLButtonElement>('[data-qr-toggle]');
    const panel = toggle && doc.getElementById(toggle.getAttribute('aria-controls') ?? '');
    toggle?.addEventListener('click', () => {
      panel!.hidden = !panel!.hidden;
      toggle.setAttribute('aria-expanded', String(!panel!.hidden));
    });
  }
}

/**
 * The search boxes of a page ([data-offline-search], put there by
 * rewrite.ts): results as on the site, the first highlighted; the keys of
 * src/lib/search/keys.ts (Enter opens, Ctrl+Enter copies the reply,
 * Shift+Enter the link).
 */
function mountSearch(doc: Document, root: string, load: () => Promise<Loaded>) {
  doc.querySelectorAll<HTMLElement>('[data-offline-search]').forEach((box, boxIndex) => {
    const input = box.querySelector('input')!;
    const list = box.querySelector<HTMLElement>('[role="listbox"]')!;
    const status = element(doc, 'p', 'offline-search__status');
    status.setAttribute('role', 'status');
    let hits: SearchResult[] = [];
    let active = 0;
    let loaded: Loaded | undefined;
    const id = (i: number) => `offline-search-${boxIndex}-${i}`;
    list.id = `offline-search-${boxIndex}`;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-keyshortcuts', 'Control+Enter Shift+Enter');

    const pageOf = (hit: SearchResult) => `${root}${hit.url.slice(loaded!.data.base.length)}index.html`;
    const marked = (text: string, terms: string[], className: string) => {
      const span = element(doc, 'span', className);
      for (const part of highlightParts(text, terms))
        span.append(part.mark ? element(doc, 'mark', '', part.text) : part.text);
      return span;
    };

    const select = (index: number) => {
      active = index;
      list.querySelectorAll('[role="option"]').forEach((option, i) => {
        option.setAttribute('aria-selected', String(i === active));
        if (i === active) option.scrollIntoView({block: 'nearest'});
      });
      input.setAttribute('aria-activedescendant', id(active));
    };

    const render = () => {
      list.replaceChildren();
      const query = input.value.trim();
      hits = query && loaded ? loaded.engine.search(query, LIMIT) : [];
      active = 0;
      input.setAttribute('aria-expanded', String(query !== '' && loaded !== undefined));
      input.removeAttribute('aria-activedescendant');
      list.hidden = query === '' || !loaded;
      if (list.hidden) return;
      if (hits.length === 0) {
        list.append(
          element(doc, 'p', 'offline-search__empty', `没有找到与“${query}”相关的问题，换个说法试试，或按分类查看。`),
        );
        return;
      }
      hits.forEach((hit, i) => {
        const link = element(doc, 'a', 'offline-search__hit');
        link.id = id(i);
        link.setAttribute('role', 'option');
        link.href = pageOf(hit);
        const title = marked(hit.title, hit.terms, 'offline-search__title');
        // The site's PendingBadge, whose class is global (src/css/custom.css).
        if (hit.pending) title.append(element(doc, 'span', 'faq-pending', '整理中'));
        link.append(
          title,
          element(doc, 'span', 'offline-search__path', hit.crumbs.join(' › ')),
          marked(hit.snippet, hit.terms, 'offline-search__snippet'),
        );
        list.append(link);
      });
      const keys = element(doc, 'p', 'offline-search__keys');
      keys.setAttribute('aria-hidden', 'true');
      for (const {keys: key, does} of RESULT_KEYS) keys.append(element(doc, 'kbd', '', key), ` ${does}\u3000`);
      status.textContent = '';
      list.append(status, keys);
      select(0);
    };

    const refresh = () =>
      load().then((done) => {
        loaded = done;
        render();
      });

    // Enter never sends the form to the site's search page, which needs the site's script.
    box.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    // 取消 (a phone, where the open box covers the navbar) empties and leaves the box.
    const cancel = box.querySelector<HTMLButtonElement>('[data-search-cancel]');
    cancel?.addEventListener('mousedown', (event) => event.preventDefault());
    cancel?.addEventListener('click', () => {
      input.value = '';
      render();
      input.blur();
    });
    input.addEventListener('focus', refresh);
    input.addEventListener('input', refresh);
    input.addEventListener('keydown', async (event) => {
      const action = resultKeyAction(
        {...pick(event), isComposing: event.isComposing || event.keyCode === 229},
        active,
        hits.length,
      );
      if (!action) return;
      event.preventDefault();
      const hit = hits[active];
      if (action.type === 'move') select(action.to);
      else if (action.type === 'close') {
        input.value = '';
        render();
      } else if (hit && action.type === 'open') window.location.href = pageOf(hit);
      else if (hit && action.type === 'copy') {
        const {numbers, replies, siteRoot} = loaded!.data;
        const n = numbers[hit.url];
        const reply = n === undefined ? undefined : replies[n];
        if (!reply) return;
        const text =
          action.what === 'reply' ? replyText(reply, n!, siteRoot) : shareText(reply.title, shortLink(siteRoot, n!));
        if (await copyOrShow(doc, text, status)) {
          status.textContent = `「${reply.title}」的${action.what === 'reply' ? '答复' : '链接'}已复制，可以粘贴到 QQ 群`;
        }
      }
    });
  });

  doc.addEventListener('click', (event) => {
    for (const list of Array.from(doc.querySelectorAll<HTMLElement>('[data-offline-search] [role="listbox"]'))) {
      if (!list.parentElement!.contains(event.target as Node)) list.hidden = true;
    }
  });
}

const pick = ({key, ctrlKey, metaKey, shiftKey, altKey}: KeyboardEvent) => ({key, ctrlKey, metaKey, shiftKey, altKey});

/** Starts the offline copy's script on the page that loads it (root: the relative path to the copy's root). */
function start(doc: Document, root: string) {
  const load = dataLoader(doc, root);
  mountActions(doc, load);
  mountSearch(doc, root, load);
}

// Colours follow the system: no toggle runs here.
const root = document.currentScript?.getAttribute('data-root') ?? '';
const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
document.addEventListener('DOMContentLoaded', () => start(document, root));
