import {useEffect, useId, useRef, useState, type KeyboardEvent} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {resultHref} from '@site/src/lib/search/highlight';
import {useSearch} from '@site/src/lib/search/useSearch';
import SearchResults from '@site/src/components/SearchResults';
import SearchNoResults from '@site/src/components/SearchNoResults';
import styles from './styles.module.css';

const DROPDOWN_LIMIT = 8;

type Props = {
  /** navbar: compact, with the Ctrl+K and / shortcuts; hero: large, on the home and 404 pages. */
  variant: 'navbar' | 'hero';
};

/** True for an Enter that only confirms a Chinese input-method candidate. */
function isComposing(event: KeyboardEvent<HTMLInputElement>): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/** A search box with results as you type; Enter opens the chosen answer or the search page. */
export default function SearchBox({variant}: Props) {
  const id = useId();
  const listboxId = `${id}-results`;
  const history = useHistory();
  const searchPage = useBaseUrl('/search/');
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
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

  const close = () => {
    setOpen(false);
    input.current?.blur();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // -1 is the input itself; the arrows cycle through the results and back.
      setActive((i) => {
        const next = i + step;
        if (results.length === 0 || next >= results.length) return -1;
        return next < -1 ? results.length - 1 : next;
      });
    } else if (e.key === 'Escape') {
      close();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (isComposing(e) || query.trim() === '') return;
      const chosen = results[active];
      close();
      history.push(chosen ? resultHref(chosen.url, chosen.terms) : searchPageHref);
    }
  };

  const showDropdown = open && query.trim() !== '';
  const activeResult = active >= 0 && active < results.length ? active : -1;

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
          role="combobox"
          aria-expanded={showDropdown}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={showDropdown && activeResult >= 0 ? `${listboxId}-${activeResult}` : undefined}
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
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        {variant === 'navbar' && (
          <kbd className={styles.shortcut} aria-hidden="true">
            Ctrl K
          </kbd>
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
              <SearchResults results={results} listbox={{id: listboxId, active: activeResult, onPick: close}} />
              <Link className={styles.all} to={searchPageHref} onClick={close}>
                在搜索页查看全部结果
              </Link>
            </>
          )}
        </div>
      )}
    </div>
  );
}
