import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {FaqPage} from '@site/src/plugins/faq-data/types';
import styles from './styles.module.css';

/** 相关问题 at the end of an answer, chosen at build time (faq-data plugin). */
export default function RelatedQuestions({question: {related}}: {question: FaqPage}) {
  if (related.length === 0) return null;
  return (
    <nav className={styles.related} aria-labelledby="related-questions" data-search-ignore data-likely-next>
      <Heading as="h2" id="related-questions" className={styles.title}>
        相关问题
      </Heading>
      <ul className="tap-list">
        {related.map((q) => (
          <li key={q.id}>
            <Link to={q.permalink}>{q.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
