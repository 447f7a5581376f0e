import {useState, type KeyboardEvent} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {SearchResult} from '@site/src/lib/search/engine';
import {resultHref} from '@site/src/lib/search/highlight';
import {resultKeyAction} from '@site/src/lib/search/keys';
import {linkTextOf, replyTextOf} from '@site/src/lib/reply/load';
import {useCopy} from '@site/src/lib/useCopy';
import {useQuestionByUrl} from '@site/src/plugins/faq-data/client';
import {useSearchEvent} from '@site/src/lib/events/useSearchEvent';

export type CopyWhat = 'reply' | 'link';

/**
 * The highlighted result of a list (the first until the reader moves), and
 * what the keys and copy buttons do with it: open it, copy its reply or its
 * link (src/lib/search/keys.ts). The highlight belongs to the query it was
 * chosen for, so a new query starts again at the first result. Each settled
 * query is recorded once, with the rank of the result opened
 * (src/lib/events/useSearchEvent.ts): `open(index)` for a click on a result.
 */
export function useResultActions(
  query: string,
  results: SearchResult[],
  {
    ready,
    onClose,
    fallback,
  }: {
    /** The engine has answered: `results` are the query's (empty = none found). */
    ready: boolean;
    onClose: () => void;
    /** Where Enter goes while there are no results. */
    fallback?: string;
  },
) {
  const history = useHistory();
  const baseUrl = useBaseUrl('/');
  // Loaded with the search engine, before any result (src/lib/search/load.ts).
  const questionOf = useQuestionByUrl(results.length > 0);
  const copying = useCopy();
  const searchEvent = useSearchEvent(query, results.length, ready);
  const [cursor, setCursor] = useState({query, index: 0});
  const active = cursor.query === query && cursor.index < results.length ? cursor.index : 0;
  const setActive = (index: number) => setCursor({query, index});

  const copy = (result: SearchResult, what: CopyWhat) => {
    const question = questionOf(result.url);
    if (!question) return;
    void copying.copy(
      `「${question.title}」的${what === 'reply' ? '答复' : '链接'}`,
      () => (what === 'reply' ? replyTextOf(baseUrl, question.n) : linkTextOf(baseUrl, question.n, question.title)),
      {question: question.n, what, from: 'search'},
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const {key, ctrlKey, metaKey, shiftKey, altKey, nativeEvent} = e;
    const isComposing = nativeEvent.isComposing || nativeEvent.keyCode === 229;
    const action = resultKeyAction({key, ctrlKey, metaKey, shiftKey, altKey, isComposing}, active, results.length);
    if (!action) return;
    e.preventDefault();
    const chosen = results[active];
    if (action.type === 'move') setActive(action.to);
    else if (action.type === 'close') onClose();
    else if (chosen && action.type === 'copy') copy(chosen, action.what);
    else if (action.type === 'open' && (chosen || (fallback && query.trim()))) {
      if (chosen) searchEvent.opened(active + 1);
      onClose();
      history.push(chosen ? resultHref(chosen.url, chosen.terms) : fallback!);
    }
  };

  /**
   * The search box's side of the listbox: a combobox that controls it, with
   * the keys described by the element `${listboxId}-keys`.
   */
  const comboboxProps = (listboxId: string, expanded: boolean, showsResults: boolean) => ({
    role: 'combobox',
    'aria-expanded': expanded,
    'aria-controls': listboxId,
    'aria-autocomplete': 'list' as const,
    'aria-activedescendant': showsResults ? `${listboxId}-${active}` : undefined,
    'aria-keyshortcuts': 'Control+Enter Shift+Enter',
    'aria-describedby': showsResults ? `${listboxId}-keys` : undefined,
    onKeyDown,
  });

  /** A click on result `index` (it opens by itself: it is a link). */
  const open = (index: number) => searchEvent.opened(index + 1);

  return {active, setActive, copy, copying, comboboxProps, open};
}
