import {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {groupsFor, supportDesk, type ChannelGroup, type SupportDesk} from '@site/src/data/support';
import type {FaqQuestion} from '@site/src/plugins/faq-data/types';
import {isServiceTime} from './serviceHours';
import styles from './styles.module.css';

/**
 * 服务时间内 / 非服务时间, worked out in the reader's browser after hydration
 * (the static HTML has no badge, so server and first client render agree).
 */
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
    <span className={open ? styles.open : styles.closed} data-testid="service-badge" title="按北京时间计算">
      {open ? '服务时间内' : '非服务时间'}
    </span>
  );
}

function Group({group}: {group: ChannelGroup}) {
  return (
    <div className={styles.group} data-testid="support-group">
      <p className={styles.groupTitle}>{group.title}</p>
      <ul className={styles.channels}>
        {group.channels.map((c) => (
          <li key={c.label + c.value}>
            {c.label}：{c.href ? <a href={c.href}>{c.value}</a> : <span className={styles.number}>{c.value}</span>}
            {c.note && <span className={styles.note}>（{c.note}）</span>}
          </li>
        ))}
      </ul>
      {group.tips?.map((tip) => (
        <p key={tip} className={styles.tip}>
          {tip}
        </p>
      ))}
    </div>
  );
}

/** A desk's channel groups, service hours with the live badge, tips and further pages. */
export function SupportChannels({desk, groups = desk.groups}: {desk: SupportDesk; groups?: ChannelGroup[]}) {
  return (
    <>
      {groups.map((g) => (
        <Group key={g.title} group={g} />
      ))}
      <p className={styles.hours}>
        服务时间（{desk.who}）：{desk.hoursText}
        <ServiceBadge desk={desk} />
        <br />
        <span className={styles.note}>法定节假日以通知为准，本站不掌握节假日安排。</span>
      </p>
      {desk.tips.map((tip) => (
        <p key={tip} className={styles.tip}>
          {tip}
        </p>
      ))}
      <p className={styles.more}>
        详见：
        {desk.more.map((m, i) => (
          <span key={m.to}>
            {i > 0 && '、'}
            <Link to={m.to}>{m.label}</Link>
          </span>
        ))}
      </p>
    </>
  );
}

/** The 仍未解决？ block at the end of an answer: whom to ask for this question. */
export default function SupportContact({question}: {question: FaqQuestion}) {
  const {baseUrl} = useDocusaurusContext().siteConfig;
  const desk = supportDesk(question.category);
  const path = question.permalink.slice(baseUrl.length - 1);
  return (
    <aside className={styles.contact} aria-labelledby="still-unsolved" data-search-ignore data-desk={desk.key}>
      <Heading as="h2" id="still-unsolved" className={styles.title}>
        仍未解决？
      </Heading>
      <SupportChannels desk={desk} groups={groupsFor(desk, path)} />
      <p className={styles.more}>
        <Link to="/support/">全部联系方式与服务时间</Link>
      </p>
    </aside>
  );
}
