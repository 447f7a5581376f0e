import {useState} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {VOTE_REASONS, type VoteReason} from '@site/src/lib/events/encode';
import {useEvents, useEventsEnabled} from '@site/src/lib/events/useEvents';
import styles from './styles.module.css';

type Vote = 'up' | 'down' | 'reason';

/** Where this browser remembers its vote on question `n`: one vote per page per browser, nothing sent. */
const storageKey = (n: number) => `faq-vote-${n}`;

function remembered(n: number): Vote | null {
  try {
    const vote = window.localStorage.getItem(storageKey(n));
    return vote === 'up' || vote === 'down' || vote === 'reason' ? vote : null;
  } catch {
    return null;
  }
}

function remember(n: number, vote: Vote) {
  try {
    window.localStorage.setItem(storageKey(n), vote);
  } catch {
    // Private mode: the vote is sent, only not remembered.
  }
}

/**
 * 有帮助 / 没帮助 under an answer, then (after 没帮助) an optional reason;
 * each recorded in the server's access log (src/lib/events). Shown only once
 * scripts run, and only in a build that records events: without them a vote
 * could go nowhere.
 */
export default function AnswerVote({question}: {question: number}) {
  const send = useEvents();
  const enabled = useEventsEnabled();
  const isBrowser = useIsBrowser();
  const [chosen, setChosen] = useState<Vote | null>(null);
  if (!enabled || !isBrowser) return null;

  const vote = chosen ?? remembered(question);
  const choose = (next: Vote) => {
    setChosen(next);
    remember(question, next);
  };
  return (
    <section className={styles.vote} aria-label="这个答复有帮助吗" data-search-ignore data-testid="answer-vote">
      {vote === null ? (
        <div className={styles.row}>
          <span className={styles.prompt}>这个答复有帮助吗？</span>
          {([true, false] as const).map((helpful) => (
            <button
              key={String(helpful)}
              type="button"
              className={styles.button}
              onClick={() => {
                send({type: 'vote', question, helpful});
                choose(helpful ? 'up' : 'down');
              }}
            >
              {helpful ? '有帮助' : '没帮助'}
            </button>
          ))}
        </div>
      ) : vote === 'down' ? (
        <div className={styles.row}>
          <span className={styles.prompt} role="status">
            谢谢反馈。哪里不好？（可不选）
          </span>
          {(Object.entries(VOTE_REASONS) as [VoteReason, string][]).map(([reason, label]) => (
            <button
              key={reason}
              type="button"
              className={styles.reason}
              onClick={() => {
                send({type: 'reason', question, reason});
                choose('reason');
              }}
            >
              {label}
            </button>
          ))}
        </div>
      ) : (
        <p className={styles.thanks} role="status">
          {vote === 'up' ? '谢谢反馈！' : '谢谢，已记下，我们会改进这个答复。'}
        </p>
      )}
    </section>
  );
}
