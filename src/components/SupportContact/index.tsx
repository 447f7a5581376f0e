import {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {supportDesk, type SupportDesk} from '@site/src/data/support';
import {isServiceTime} from './serviceHours';
import styles from './styles.module.css';

/** 服务时间内 / 非服务时间, worked out in the reader's browser after load. */
function ServiceBadge({desk}: {desk: SupportDesk}) {
  const [open, setOpen] = useState<boolean | null>(null);
  useEffect(() => {
    const update = () => setOpen(isServiceTime(new Date(), desk.hours));
    update();
    const timer = window.setInterval(update, 60_000);
    return () => window.clearInterval(timer);
  }, [desk]);
  if (open === null) return null;
  return (
    <span className={open ? styles.open : styles.closed} data-testid="service-badge">
      {open ? '服务时间内' : '非服务时间'}
    </span>
  );
}

export function SupportChannels({desk}: {desk: SupportDesk}) {
  return (
    <>
      <p className={styles.who}>
        {desk.who}
        <ServiceBadge desk={desk} />
      </p>
      {desk.channels.length > 0 && (
        <ul className={styles.channels}>
          {desk.channels.map((c) => (
            <li key={c.label + c.value}>
              {c.label}：{c.href ? <a href={c.href}>{c.value}</a> : <span className={styles.number}>{c.value}</span>}
              {c.note && <span className={styles.note}>（{c.note}）</span>}
            </li>
          ))}
        </ul>
      )}
      <p className={styles.hours}>
        服务时间：{desk.hoursText}
        <span className={styles.note}>（法定节假日以通知为准，本站不掌握节假日安排）</span>
      </p>
      {desk.tips.map((tip) => (
        <p key={tip} className={styles.tip}>
          {tip}
        </p>
      ))}
    </>
  );
}

/** The 仍未解决？ block at the end of an answer: whom to ask for this category. */
export default function SupportContact({category}: {category: string}) {
  const desk = supportDesk(category);
  return (
    <aside className={styles.contact} aria-labelledby="still-unsolved" data-search-ignore>
      <Heading as="h2" id="still-unsolved" className={styles.title}>
        仍未解决？
      </Heading>
      <SupportChannels desk={desk} />
      <p className={styles.more}>
        详见：<Link to={desk.more.to}>{desk.more.label}</Link>
      </p>
    </aside>
  );
}
