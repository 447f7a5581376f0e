import {useEffect, useState} from 'react';
import {copyText} from './clipboard';
import type {SiteEvent} from './events/encode';
import {useEvents} from './events/useEvents';

export type CopyState = 'idle' | 'copied' | 'manual' | 'failed';

/**
 * Copying with feedback, for a row of copy buttons: `copied` for a moment;
 * `manual` with the text to copy by hand when the browser refuses both ways
 * of copying; `failed` when the text could not be made (replies.json did
 * not load).
 */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle');
  const [text, setText] = useState('');
  const [what, setWhat] = useState('');
  const send = useEvents();
  useEffect(() => {
    if (state !== 'copied' && state !== 'failed') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state, what]);

  /**
   * Copies what `make` returns; `label` names it in the status line (链接, 答复, 群号).
   * A question's copy button passes `event`, recorded in the server's log.
   */
  const copy = async (
    label: string,
    make: () => string | Promise<string>,
    event?: Omit<Extract<SiteEvent, {type: 'copy'}>, 'type'>,
  ) => {
    if (event) send({type: 'copy', ...event});
    setWhat(label);
    setState('idle');
    let value: string;
    try {
      value = await make();
    } catch {
      setState('failed');
      return;
    }
    setText(value);
    setState((await copyText(value)) ? 'copied' : 'manual');
  };

  const status =
    state === 'copied'
      ? `${what}已复制，可以粘贴到 QQ 群`
      : state === 'failed'
        ? `${what}复制失败，请检查网络后再试`
        : '';
  return {state, text, what, status, copy};
}
