import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {supportDesks} from '@site/src/data/support';
import {SupportChannels} from '@site/src/components/SupportContact';
import styles from './styles.module.css';

export default function SupportDesks() {
  return (
    <section className={styles.desks}>
      <Heading as="h2">服务时间与联系方式</Heading>
      <div className={styles.grid}>
        {supportDesks.map((desk) => (
          <div key={desk.key} className={styles.desk}>
            <Heading as="h3" className={styles.title}>
              {desk.title}
            </Heading>
            <SupportChannels desk={desk} />
          </div>
        ))}
      </div>
      <p className={styles.all}>
        <Link to="/support/">全部联系方式与反馈方法</Link>
      </p>
    </section>
  );
}
