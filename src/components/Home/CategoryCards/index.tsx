import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useFaqGlobalData} from '@site/src/plugins/faq-data/client';
import styles from './styles.module.css';

export default function CategoryCards() {
  const {categories} = useFaqGlobalData();
  return (
    <section className={styles.cards} aria-label="问题分类">
      {categories.map((c) => (
        <Link key={c.key} to={c.permalink} className={styles.card}>
          <Heading as="h2" className={styles.label}>
            {c.label}
          </Heading>
          <span className={styles.count}>
            {c.count} 个问题{c.pending > 0 && `，${c.pending} 个整理中`}
          </span>
        </Link>
      ))}
    </section>
  );
}
