import Link from '@docusaurus/Link';
import {useFaqGlobalData} from '@site/src/plugins/faq-data/client';
import styles from './styles.module.css';

/** What to offer when a search finds nothing: the categories and whom to ask. */
export default function SearchNoResults({query}: {query: string}) {
  const {categories} = useFaqGlobalData();
  return (
    <div className={styles.none} data-testid="search-no-results">
      <p className={styles.message}>没有找到与“{query}”相关的问题。换个说法试试，或按分类查看：</p>
      <ul className={styles.categories}>
        {categories.map((c) => (
          <li key={c.key}>
            <Link to={c.permalink}>{c.label}</Link>
          </li>
        ))}
      </ul>
      <p className={styles.message}>
        仍然找不到？请<Link to="/support/">联系技术支持</Link>（各平台的 QQ 群、电话和服务时间）。
      </p>
    </div>
  );
}
