import {useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {FaqQuestion} from '@site/src/plugins/faq-data/types';
import type {QrCode as Code} from '@site/src/plugins/short-links/qr';
import {shortLink} from '@site/src/lib/reply/compose';
import {linkTextOf, replyTextOf} from '@site/src/lib/reply/load';
import {useCopy} from '@site/src/lib/useCopy';
import ManualCopy from '@site/src/components/ManualCopy';
import QrCode from '@site/src/components/QrCode';
import styles from './styles.module.css';

type Props = {
  question: FaqQuestion;
  /** The short link's QR code (question pages; /all/ has none). */
  qr?: Code;
};

/**
 * Under a question's title: 复制链接 (「title」 and the short link /q/<n>/ on
 * the reader's host, for QQ), 复制答复 (the whole answer as text, see
 * src/lib/reply) and 手机扫码打开 (the short link's QR code).
 *
 * The data attributes let the offline copy (src/lib/offline/client.ts) run
 * the same buttons without React.
 */
export default function QuestionActions({question, qr}: Props) {
  const baseUrl = useBaseUrl('/');
  const {siteConfig} = useDocusaurusContext();
  const {state, text, what, status, copy} = useCopy();
  const [qrOpen, setQrOpen] = useState(false);
  const qrId = `qr-${question.n}`;
  const label = (name: string) => (state === 'copied' && what === name ? '已复制' : `复制${name}`);
  return (
    <div
      className={styles.actions}
      data-search-ignore
      data-print
      data-question-actions
      data-n={question.n}
      data-title={question.title}
      data-root={`${siteConfig.url}${baseUrl}`}
    >
      <div className={styles.row}>
        <button
          type="button"
          className={styles.button}
          data-copy="link"
          data-testid="copy-question-link"
          onClick={() =>
            copy('链接', () => linkTextOf(baseUrl, question.n, question.title), {
              question: question.n,
              what: 'link',
              from: 'page',
            })
          }
        >
          {label('链接')}
        </button>
        <button
          type="button"
          className={styles.button}
          data-copy="reply"
          data-testid="copy-reply"
          onClick={() =>
            copy('答复', () => replyTextOf(baseUrl, question.n), {question: question.n, what: 'reply', from: 'page'})
          }
        >
          {label('答复')}
        </button>
        {qr && (
          <button
            type="button"
            className={`${styles.button} ${styles.qrButton}`}
            aria-expanded={qrOpen}
            aria-controls={qrId}
            data-qr-toggle
            onClick={() => setQrOpen(!qrOpen)}
          >
            手机扫码打开
          </button>
        )}
      </div>
      <p className={styles.status} role="status">
        {status}
      </p>
      {state === 'manual' && <ManualCopy text={text} />}
      {qr && <QrCode code={qr} link={shortLink(`${siteConfig.url}${baseUrl}`, question.n)} id={qrId} open={qrOpen} />}
    </div>
  );
}
