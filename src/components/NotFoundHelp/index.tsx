import Link from '@docusaurus/Link';
import SearchBox from '@site/src/components/SearchBox';
import CategoryCards from '@site/src/components/Home/CategoryCards';
import styles from './styles.module.css';

/** What a reader who followed a dead link can do next: search, or browse. */
export default function NotFoundHelp() {
  return (
    <section className={styles.help} aria-label="查找问题">
      <p>可以搜索你遇到的问题：</p>
      <div className={styles.search}>
        <SearchBox variant="hero" />
      </div>
      <p>或按分类查看全部问题：</p>
      <CategoryCards />
      <p>
        <Link to="/">返回首页</Link>
      </p>
    </section>
  );
}
