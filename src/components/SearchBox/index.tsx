import {useEffect, useRef, useState} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {RESULT_KEYS} from '@site/src/lib/search/keys';
import {useSearch} from '@site/src/lib/search/useSearch';
import {prefetchReplies} from '@site/src/lib/reply/load';
import SearchResults from '@site/src/components/SearchResults';
import {useResultActions} from '@site/src/components/SearchResults/useResultActions';
import SearchNoResults from '@site/src/components/SearchNoResults';
import ManualCopy from '@site/src/components/ManualCopy';
import styles from './styles.module.css';

const DROPDOWN_LIMIT = 8;

type Props = {
  /** navbar: compact, with the Ctrl+K and / shortcuts; hero: large, on the home and 404 pages. */
  variant: 'navbar' | 'hero';
  /** Words already in the box (the 404 page's guess from the address). */
  defaultQuery?: string;
};

/**
 * A search box with results as you type. The first result is highlighted;
 * Enter opens the highlighted one, Ctrl+Enter copies its reply and
 * Shift+Enter its link (src/lib/search/keys.ts).
 */
export default function SearchBox({variant, defaultQuery = ''}: Props) {
  // One box of each variant per page; a fixed id reads the same in the server's HTML and in the browser
  // (React's useId and Preact's differ: src/plugins/preact).
  const listboxId = `search-${variant}-results`;
  const searchPage = useBaseUrl('/search/');
  const baseUrl = useBaseUrl('/');
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(defaultQuery);
  const [open, setOpen] = useState(false);
  const {status, results, load} = useSearch(query, DROPDOWN_LIMIT);
  const searchPageHref = `${searchPage}?q=${encodeURIComponent(query)}`;

  useEffect(() => {
    if (variant !== 'navbar') return undefined;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
      if (((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') || (e.key === '/' && !typing)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [variant]);

  // Tapped or typed into before the app started (it starts after load: src/plugins/finish-build/late-boot.ts):
  // go on from there, once.
  const started = useRef(false);
  useEffect(() => {
    const el = input.current;
    if (started.current || !el) return;
    started.current = true;
    if (el.value !== '' && el.value !== query) setQuery(el.value);
    if (document.activeElement === el) {
      load();
      setOpen(true);
    }
  }, [query, load]);

  const close = () => {
    setOpen(false);
    input.current?.blur();
  };
  // While updating, the results shown are the last query's: Enter goes to the search page, not to one of them.
  const {
    active,
    setActive,
    copy,
    copying,
    comboboxProps,
    open: opened,
  } = useResultActions(query, status === 'updating' ? [] : results, {
    ready: status === 'ready',
    onClose: close,
    fallback: searchPageHref,
  });

  const showDropdown = open && query.trim() !== '';
  const showResults = showDropdown && (status === 'ready' || status === 'updating') && results.length > 0;
  useEffect(() => {
    // Copying a reply from the results should not wait for replies.json.
    if (showResults) prefetchReplies(baseUrl);
  }, [showResults, baseUrl]);

  return (
    <div
      className={clsx(styles.box, styles[variant])}
      data-search-box={variant}
      data-search-ready={status === 'ready'}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}
    >
      <form action={searchPage} method="get" role="search" onSubmit={(e) => e.preventDefault()}>
        <input
          ref={input}
          className={styles.input}
          type="search"
          name="q"
          value={query}
          placeholder={variant === 'hero' ? '输入问题，例如：忘记密码、工地码扫不了' : '搜索问题'}
          aria-label="搜索问题"
          {...comboboxProps(listboxId, showDropdown, showResults)}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={500}
          onFocus={() => {
            load();
            setOpen(true);
          }}
          onPointerEnter={load}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
        />
        {variant === 'navbar' && (
          <>
            <kbd className={styles.shortcut} aria-hidden="true">
              Ctrl K
            </kbd>
            {/* Shown on a phone while the box covers the navbar; keeps the focus until it clears the box. */}
            <button
              type="button"
              className={styles.cancel}
              data-search-cancel
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setQuery('');
                close();
              }}
            >
              取消
            </button>
          </>
        )}
      </form>
      {showDropdown && (
        <div className={styles.dropdown} data-testid="search-dropdown" data-query={query}>
          {status === 'loading' || status === 'idle' ? (
            <p className={styles.status} role="status">
              正在加载搜索…
            </p>
          ) : status === 'error' ? (
            <p className={styles.status} role="status">
              搜索暂时无法使用，请刷新页面后重试。
            </p>
          ) : results.length === 0 ? (
            <SearchNoResults query={query} />
          ) : (
            <>
              <SearchResults
                results={results}
                listbox={{
                  id: listboxId,
                  active,
                  onActive: setActive,
                  onPick: (index) => {
                    opened(index);
                    close();
                  },
                }}
                onCopy={copy}
              />
              <div className={styles.footer}>
                <p className={styles.copied} role="status">
                  {copying.status}
                </p>
                {copying.state === 'manual' && <ManualCopy text={copying.text} />}
                <p className={styles.keys} id={`${listboxId}-keys`}>
                  {RESULT_KEYS.map(({keys, does}) => (
                    <span key={keys}>
                      <kbd>{keys}</kbd> {does}
                    </span>
                  ))}
                </p>
                <Link className={styles.all} to={searchPageHref} onClick={close}>
                  在搜索页查看全部结果
                </Link>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
