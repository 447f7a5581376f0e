// Why: the plugin's search page lists a page twice (title and text) and
// leaves ranking to its worker; ours shows each question once, ranked by
// src/lib/search, with the same results as the search box.
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {PageMetadata} from '@docusaurus/theme-common';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useSearch} from '@site/src/lib/search/useSearch';
import {MAX_QUERY_LENGTH} from '@site/src/lib/search/query';
import SearchResults from '@site/src/components/SearchResults';
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

  const trimmed = query.trim();
  return (
    <Layout>
      <PageMetadata title={trimmed ? `搜索：${trimmed.slice(0, MAX_QUERY_LENGTH)}` : '搜索'} />
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">搜索问题</Heading>
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <input
            className={styles.input}
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label="搜索问题"
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
              <SearchResults results={results} />
            </>
          )}
        </div>
      </main>
    </Layout>
  );
}
