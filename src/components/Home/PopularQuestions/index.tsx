import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useFaqData} from '@site/src/plugins/faq-data/client';
import {popularQuestions} from '@site/src/data/popular';
import PendingBadge from '@site/src/components/PendingBadge';
import styles from './styles.module.css';

export default function PopularQuestions() {
  const {questions} = useFaqData();
  return (
    <section className={styles.popular} data-likely-next>
      <Heading as="h2">常见问题</Heading>
      <ul className="tap-list">
        {popularQuestions.map((id) => {
          const q = questions[id];
          if (!q) throw new Error(`src/data/popular.ts：没有 id 为 ${id} 的问题。`);
          return (
            <li key={id}>
              <Link to={q.permalink}>{q.title}</Link>
              {q.pending && <PendingBadge />}
            </li>
          );
        })}
      </ul>
      <p>
        <Link to="/all/">全部问题一页版</Link>：全部问题和答案在一页上，便于通读、查找和打印。
      </p>
    </section>
  );
}
