import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {filterDocCardListItems, useDocById} from '@docusaurus/plugin-content-docs/client';
import {isPendingItem} from '@site/src/plugins/faq-data/sidebar';
import PendingBadge from '@site/src/components/PendingBadge';
import MenuPathText from '@site/src/components/MenuPathText';
import type {PropSidebarItem, PropSidebarItemCategory, PropSidebarItemLink} from '@docusaurus/plugin-content-docs';
import styles from './styles.module.css';

function QuestionRow({item}: {item: PropSidebarItemLink}) {
  const doc = useDocById(item.docId ?? undefined);
  const description = item.description ?? doc?.description;
  const pending = isPendingItem(item);
  return (
    <li className={styles.question}>
      <Link to={item.href} className={styles.questionLink}>
        {item.label}
      </Link>
      {pending && <PendingBadge />}
      {description && (
        <p className={styles.description}>
          <MenuPathText text={description} />
        </p>
      )}
    </li>
  );
}

function SectionRow({item}: {item: PropSidebarItemCategory}) {
  return (
    <li className={styles.section}>
      <Heading as="h2" className={styles.sectionTitle}>
        {item.href ? <Link to={item.href}>{item.label}</Link> : item.label}
      </Heading>
      <QuestionList items={item.items} />
    </li>
  );
}

/** A category's questions with their one-line answers, grouped by sub-section. */
export default function QuestionList({items}: {items: PropSidebarItem[]}) {
  return (
    <ul className={styles.list}>
      {filterDocCardListItems(items).map((item) =>
        item.type === 'category' ? (
          <SectionRow key={item.label} item={item} />
        ) : item.type === 'link' ? (
          <QuestionRow key={item.href} item={item} />
        ) : null,
      )}
    </ul>
  );
}
