// Why: while a page's code loads, Docusaurus shows this; its own fallback says
// "Retry" in English when the load fails (a slow network in QQ). Not a
// wrapper: the fallback is the whole component. tests/build/latin.test.ts
// fails if the English one is bundled again.
import type ThemeLoading from '@theme/Loading';
import styles from './styles.module.css';

export default function Loading({error, retry, pastDelay}: Parameters<typeof ThemeLoading>[0]) {
  if (error) {
    return (
      <div className={styles.box} role="alert">
        <p>网络不稳定，这部分页面没有加载出来。</p>
        <button type="button" className="button button--primary" onClick={retry}>
          重试
        </button>
      </div>
    );
  }
  return pastDelay ? <p className={styles.box}>正在加载…</p> : null;
}
