import Heading from '@theme/Heading';
import SearchBox from '@site/src/components/SearchBox';
import styles from './styles.module.css';

export default function Hero() {
  return (
    <header className={styles.hero}>
      <Heading as="h1" className={styles.title}>
        实名制技术支持 · 常见问题
      </Heading>
      <p className={styles.lead}>
        杭州实名制、萧山云平台的常见问题解答。输入你遇到的问题，例如“忘记密码”“工地码扫不了”。
      </p>
      <div className={styles.search}>
        <SearchBox variant="hero" />
      </div>
    </header>
  );
}
