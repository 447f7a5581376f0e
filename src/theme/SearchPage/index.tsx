// Why: the plugin's search page lists a page twice (title and text) and
// leaves ranking to its worker; ours shows each question once, ranked by
// src/lib/search, with the same results as the search box.
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {PageMetadata} from '@docusaurus/theme-common';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useSearch} from '@site/src/lib/search/useSearch';
import {MAX_QUERY_LENGTH} from '@site/src/lib/search/query';
import {RESULT_KEYS} from '@site/src/lib/search/keys';
import SearchResults from '@site/src/components/SearchResults';
import {useResultActions} from '@site/src/components/SearchResults/useResultActions';
import ManualCopy from '@site/src/components/ManualCopy';
import SearchNoResults from '@site/src/components/SearchNoResults';
import styles from './styles.module.css';

const PAGE_LIMIT = 50;

export default function SearchPage() {
  const location = useLocation();
  const history = useHistory();
  // The address is the one source of the query, so that it can be shared or
  // reloaded; the server-rendered page (and hydration) has none.
  const isBrowser = useIsBrowser();
  const query = isBrowser ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const setQuery = (value: string) =>
    history.replace({...location, search: value ? `?q=${encodeURIComponent(value)}` : ''});
  const {status, results} = useSearch(query, PAGE_LIMIT, true);
  // Fixed, as in SearchBox: the server's React and the browser's Preact would give different ids.
  const listboxId = 'search-page-results';
  const {active, setActive, copy, copying, comboboxProps, open} = useResultActions(query, results, {
    ready: status === 'ready',
    onClose: () => undefined,
  });
  const showResults = status === 'ready' && results.length > 0;

  const trimmed = query.trim();
  return (
    <Layout>
      <PageMetadata title={trimmed ? `搜索：${trimmed.slice(0, MAX_QUERY_LENGTH)}` : '搜索'} />
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">搜索问题</Heading>
        <noscript>
          <p className={styles.noscript}>
            搜索要在浏览器里运行脚本，这个浏览器没有运行。请按上方的分类查找，或打开
            <Link to="/all/">全部问题</Link>，用浏览器的“查找”功能找关键词。
          </p>
        </noscript>
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <input
            className={styles.input}
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label="搜索问题"
            {...comboboxProps(listboxId, showResults, showResults)}
            placeholder="输入问题，例如：忘记密码、工地码扫不了"
            autoComplete="off"
            maxLength={500}
            autoFocus
          />
        </form>
        <div className={styles.results} aria-live="polite">
          {!trimmed ? null : status === 'error' ? (
            <p role="status">搜索暂时无法使用，请刷新页面后重试。</p>
          ) : status !== 'ready' ? (
            <p role="status">正在加载搜索…</p>
          ) : results.length === 0 ? (
            <SearchNoResults query={trimmed} />
          ) : (
            <>
              <p role="status" data-testid="search-status">
                找到 {results.length} 个相关问题
              </p>
              <p className={styles.keys} id={`${listboxId}-keys`}>
                在搜索框里：{RESULT_KEYS.map(({keys, does}) => `${keys} ${does}`).join('，')}。
              </p>
              <p className={styles.copied} role="status">
                {copying.status}
              </p>
              {copying.state === 'manual' && <ManualCopy text={copying.text} />}
              <SearchResults
                results={results}
                listbox={{id: listboxId, active, onActive: setActive, onPick: open}}
                onCopy={copy}
              />
            </>
          )}
        </div>
      </main>
    </Layout>
  );
}
