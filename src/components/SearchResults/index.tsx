import Link from '@docusaurus/Link';
import type {SearchResult} from '@site/src/lib/search/engine';
import {highlightParts, resultHref} from '@site/src/lib/search/highlight';
import styles from './styles.module.css';

function Highlighted({text, terms}: {text: string; terms: string[]}) {
  return (
    <>{highlightParts(text, terms).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}</>
  );
}

type Props = {
  results: SearchResult[];
  /** Set for the search box's drop-down: the list is a listbox and one option is active. */
  listbox?: {id: string; active: number; onPick: () => void};
};

/** Search results: each question once, with its category path and the matched words marked. */
export default function SearchResults({results, listbox}: Props) {
  return (
    <ul className={styles.results} role={listbox ? 'listbox' : undefined} id={listbox?.id} data-testid="search-results">
      {results.map((r, i) => (
        <li
          key={r.url}
          id={listbox ? `${listbox.id}-${i}` : undefined}
          role={listbox ? 'option' : undefined}
          aria-selected={listbox ? i === listbox.active : undefined}
          className={listbox && i === listbox.active ? styles.active : undefined}
        >
          <Link
            to={resultHref(r.url, r.terms)}
            className={styles.link}
            onClick={listbox?.onPick}
            tabIndex={listbox ? -1 : undefined}
            data-testid="search-result"
          >
            <span className={styles.title}>
              <Highlighted text={r.title} terms={r.terms} />
            </span>
            {r.crumbs.length > 0 && <span className={styles.crumbs}>{r.crumbs.join(' › ')}</span>}
            {r.snippet && (
              <span className={styles.snippet}>
                <Highlighted text={r.snippet} terms={r.terms} />
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
