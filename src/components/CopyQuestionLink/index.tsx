import {useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {FaqQuestion} from '@site/src/plugins/faq-data/types';
import {copyText, shareText} from './copy';
import styles from './styles.module.css';

type State = 'idle' | 'copied' | 'manual';

/**
 * 复制链接: puts 「title」 and the question's permanent short link (/q/<n>/,
 * on the host the reader is on) on the clipboard, for pasting into QQ.
 */
export default function CopyQuestionLink({question}: {question: FaqQuestion}) {
  const shortPath = useBaseUrl(`/q/${question.n}/`);
  const [state, setState] = useState<State>('idle');
  const [text, setText] = useState('');
  const manual = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state === 'manual') manual.current?.select();
    if (state !== 'copied') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const value = shareText(question.title, `${window.location.origin}${shortPath}`);
    setText(value);
    setState((await copyText(value)) ? 'copied' : 'manual');
  };

  return (
    <div className={styles.share}>
      <button type="button" className={styles.button} onClick={copy} data-testid="copy-question-link">
        {state === 'copied' ? '已复制' : '复制链接'}
      </button>
      <span className={styles.status} role="status">
        {state === 'copied' ? '链接已复制，可以粘贴到 QQ 群' : ''}
      </span>
      {state === 'manual' && (
        <label className={styles.manual}>
          无法自动复制，请按 Ctrl+C（手机上长按）复制：
          <textarea ref={manual} readOnly value={text} rows={2} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
