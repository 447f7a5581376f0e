import {useEffect, useRef} from 'react';
import styles from './styles.module.css';

/** The text to copy by hand, selected, when the browser would not copy it. */
export default function ManualCopy({text}: {text: string}) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.select(), [text]);
  return (
    <label className={styles.manual}>
      无法自动复制，请按 Ctrl+C（手机上长按）复制：
      <textarea
        ref={box}
        readOnly
        value={text}
        rows={Math.min(8, text.split('\n').length)}
        onFocus={(e) => e.currentTarget.select()}
      />
    </label>
  );
}
