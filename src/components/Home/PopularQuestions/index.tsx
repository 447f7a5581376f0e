import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useFaqGlobalData} from '@site/src/plugins/faq-data/client';
import PendingBadge from '@site/src/components/PendingBadge';
import styles from './styles.module.css';

export default function PopularQuestions() {
  const {popular} = useFaqGlobalData();
  return (
    <section className={styles.popular} data-likely-next>
      <Heading as="h2">常见问题</Heading>
      <ul className="tap-list">
        {popular.map((q) => (
          <li key={q.id}>
            <Link to={q.permalink}>{q.title}</Link>
            {q.pending && <PendingBadge />}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/all/">全部问题一页版</Link>：全部问题和答案在一页上，便于通读、查找和打印。
      </p>
    </section>
  );
}
