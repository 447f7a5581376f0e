import Link from '@docusaurus/Link';
import type {SearchResult} from '@site/src/lib/search/engine';
import {highlightParts, resultHref} from '@site/src/lib/search/highlight';
import PendingBadge from '@site/src/components/PendingBadge';
import type {CopyWhat} from './useResultActions';
import styles from './styles.module.css';

function Highlighted({text, terms}: {text: string; terms: string[]}) {
  return (
    <>{highlightParts(text, terms).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}</>
  );
}

type Props = {
  results: SearchResult[];
  /** The list is a listbox controlled from its search box: one option is active (highlighted). */
  listbox: {id: string; active: number; onActive: (index: number) => void; onPick: (index: number) => void};
  /** Copy buttons on the highlighted result (for a mouse; keys do the same from the search box). */
  onCopy: (result: SearchResult, what: CopyWhat) => void;
};

/** Search results: each question once, with its category path and the matched words marked. */
export default function SearchResults({results, listbox, onCopy}: Props) {
  return (
    <ul className={styles.results} role="listbox" id={listbox.id} data-testid="search-results">
      {results.map((r, i) => (
        <li
          key={r.url}
          role="presentation"
          className={i === listbox.active ? `${styles.result} ${styles.active}` : styles.result}
          onMouseMove={() => i !== listbox.active && listbox.onActive(i)}
        >
          {/* The option is the link itself: a listbox option may hold nothing interactive. */}
          <Link
            to={resultHref(r.url, r.terms)}
            className={styles.link}
            role="option"
            id={`${listbox.id}-${i}`}
            aria-selected={i === listbox.active}
            onClick={() => listbox.onPick(i)}
            tabIndex={-1}
            data-testid="search-result"
          >
            <span className={styles.text}>
              <span className={styles.title}>
                <Highlighted text={r.title} terms={r.terms} />
                {r.pending && <PendingBadge />}
              </span>
              {r.crumbs.length > 0 && <span className={styles.crumbs}>{r.crumbs.join(' › ')}</span>}
              {r.snippet && (
                <span className={styles.snippet}>
                  <Highlighted text={r.snippet} terms={r.terms} />
                </span>
              )}
            </span>
            {/* For a mouse: hidden from screen readers, whose users have the keys the search box describes. */}
            <span className={styles.copy} aria-hidden="true">
              {(['reply', 'link'] as const).map((what) => (
                <span
                  key={what}
                  className={styles.copyButton}
                  // The search box keeps the focus (and its results open); the link is not followed.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={(e) => {
                    e.preventDefault();
                    e.stopPropagation();
                    onCopy(r, what);
                  }}
                  data-testid={`result-copy-${what}`}
                >
                  {what === 'reply' ? '复制答复' : '复制链接'}
                </span>
              ))}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
