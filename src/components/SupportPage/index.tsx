import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {supportDesks} from '@site/src/data/support';
import {SupportChannels} from '@site/src/components/SupportContact';
import styles from './styles.module.css';

/** /support/: every desk's channels and hours, from src/data/support.ts. */
export default function SupportPage() {
  return (
    <main className={`container ${styles.page}`}>
      <Heading as="h1">联系技术支持</Heading>
      <p>
        先在本站搜索，或在<Link to="/all/">全部问题一页版</Link>
        中查找。仍未解决，请按问题所属的平台联系对应的技术支持，并按“通用问题”中的方法说明情况。
      </p>
      {supportDesks.map((desk) => (
        <section key={desk.key} className={styles.desk} aria-labelledby={desk.key}>
          <Heading as="h2" id={desk.key}>
            {desk.title}
          </Heading>
          <SupportChannels desk={desk} />
        </section>
      ))}
    </main>
  );
}
