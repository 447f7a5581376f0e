import {useMemo} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import SearchBox from '@site/src/components/SearchBox';
import CategoryCards from '@site/src/components/Home/CategoryCards';
import PendingBadge from '@site/src/components/PendingBadge';
import {useAllQuestions, useFaqGlobalData} from '@site/src/plugins/faq-data/client';
import type {FaqAllQuestions} from '@site/src/plugins/faq-data/types';
import {guessFromAddress} from '@site/src/lib/guess';
import styles from './styles.module.css';

/**
 * The address's guess, once in the browser and every question loaded: the
 * page is built once (404.html) and served for every missing address.
 */
function useGuess(all: FaqAllQuestions | undefined) {
  const {pathname} = useLocation();
  const baseUrl = useBaseUrl('/');
  const {categories} = useFaqGlobalData();
  return useMemo(
    () =>
      all
        ? guessFromAddress({
            pathname,
            baseUrl,
            questions: Object.values(all.questions),
            aliases: all.aliases,
            categories: categories.map((c) => ({path: `/${c.permalink.slice(baseUrl.length)}`, label: c.label})),
          })
        : undefined,
    [all, pathname, baseUrl, categories],
  );
}

/**
 * What a reader who followed a dead link can do next: the question the
 * address probably meant, search (with words from the address), or browse.
 * In the theme's column, so that its left edge is the heading's.
 */
export default function NotFoundHelp() {
  const all = useAllQuestions(useIsBrowser());
  const guess = useGuess(all);
  return (
    <div className={`container ${styles.help}`}>
      <div className="row">
        <section className="col col--6 col--offset-3" aria-label="查找问题">
          {guess && guess.questions.length > 0 && (
            <div className={styles.guess} data-testid="not-found-guess">
              <p>你要找的是不是：</p>
              <ul>
                {guess.questions.map((q) => (
                  <li key={q.id}>
                    <Link to={q.permalink}>{q.title}</Link>
                    {all?.questions[q.id]?.pending && <PendingBadge />}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className={styles.search}>
            {/* Remounted with the guess's words, which are known only in the browser. */}
            <SearchBox key={guess?.words ?? ''} variant="hero" defaultQuery={guess?.words} />
          </div>
          <CategoryCards />
          <p>
            <Link to="/">返回首页</Link>
          </p>
        </section>
      </div>
    </div>
  );
}
