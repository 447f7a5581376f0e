import {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  firstGroups,
  groupsFor,
  hoursText,
  supportDesk,
  type Channel,
  type ChannelGroup,
  type ServiceHours,
  type SupportDesk,
} from '@site/src/data/support';
import type {FaqQuestion} from '@site/src/plugins/faq-data/types';
import {useCopy} from '@site/src/lib/useCopy';
import ManualCopy from '@site/src/components/ManualCopy';
import {badgeText, serviceState, type ServiceState} from './serviceHours';
import styles from './styles.module.css';

/**
 * 服务时间内 · 至 11:30 / 非服务时间 · 今天 13:30 恢复, worked out in the
 * reader's browser after hydration (the static HTML has no badge, so server
 * and first client render agree).
 */
function ServiceBadge({service}: {service: ServiceHours}) {
  const [state, setState] = useState<ServiceState | null>(null);
  useEffect(() => {
    const update = () => setState(serviceState(new Date(), service.hours));
    update();
    const timer = window.setInterval(update, 60_000);
    return () => window.clearInterval(timer);
  }, [service]);
  if (state === null) return null;
  return (
    <span className={state.open ? styles.open : styles.closed} data-testid="service-badge" title="按北京时间计算">
      {badgeText(state)}
    </span>
  );
}

/** The team's hours, with the live badge. */
function Service({service}: {service: ServiceHours}) {
  return (
    <p className={styles.hours}>
      服务时间：{hoursText(service)}
      <ServiceBadge service={service} />
    </p>
  );
}

const COPY_LABEL = {qq: '群号', wechat: '微信号'} as const;

/** A channel: its number, copied with one tap (QQ group, WeChat ID) or dialled (phone). */
function ChannelItem({channel}: {channel: Channel}) {
  const {state, text, status, copy} = useCopy();
  const what = channel.kind === 'phone' ? undefined : COPY_LABEL[channel.kind];
  return (
    <li className={channel.full ? styles.full : styles.channel}>
      <span className={styles.label}>{channel.label}</span>{' '}
      {channel.dial ? (
        <a href={channel.dial}>{channel.value}</a>
      ) : (
        <span className={styles.number}>{channel.value}</span>
      )}
      {channel.full && <span className={styles.note}>（已满）</span>}
      {what && !channel.full && (
        <button
          type="button"
          className={styles.copy}
          onClick={() => copy(what, () => channel.value)}
          aria-label={`复制${channel.label}${what} ${channel.value}`}
        >
          {state === 'copied' ? '已复制' : `复制${what}`}
        </button>
      )}
      {channel.note && <span className={styles.note}>（{channel.note}）</span>}
      <span className={styles.status} role="status">
        {status}
      </span>
      {state === 'manual' && <ManualCopy text={text} />}
    </li>
  );
}

type GroupProps = {
  group: ChannelGroup;
  title?: string;
  /** The short form of the 仍未解决？ block: the first open channel only (the rest is folded below). */
  brief?: boolean;
};

/** A team: open channels first, full QQ groups after them, muted; its hours; its tips. */
function Group({group, title = group.title, brief = false}: GroupProps) {
  const open = group.channels.filter((c) => !c.full);
  const channels = brief ? open.slice(0, 1) : [...open, ...group.channels.filter((c) => c.full)];
  return (
    <div className={styles.group} data-testid="support-group">
      <p className={styles.groupTitle}>{title}</p>
      <ul className={styles.channels}>
        {channels.map((c) => (
          <ChannelItem key={c.label + c.value} channel={c} />
        ))}
      </ul>
      {group.service && <Service service={group.service} />}
      {!brief &&
        group.tips?.map((tip) => (
          <p key={tip} className={styles.tip}>
            {tip}
          </p>
        ))}
    </div>
  );
}

/** What the brief form of a first team leaves out: its other channels, full QQ groups muted, and its tips. */
function FoldedPart({group}: {group: ChannelGroup}) {
  const [, ...others] = group.channels.filter((c) => !c.full);
  const full = group.channels.filter((c) => c.full);
  return (
    <>
      {others.length > 0 && (
        <ul className={styles.channels}>
          {others.map((c) => (
            <ChannelItem key={c.label + c.value} channel={c} />
          ))}
        </ul>
      )}
      {full.length > 0 && (
        <p className={styles.note}>
          {group.title}（已满）：{full.map((c) => `${c.label} ${c.value}`).join('、')}
        </p>
      )}
      {group.tips?.map((tip) => (
        <p key={tip} className={styles.tip}>
          {tip}
        </p>
      ))}
    </>
  );
}

const HOLIDAYS = '法定节假日以通知为准，本站不掌握节假日安排。';

/** Where a desk's question pages say more. */
function More({desk}: {desk: SupportDesk}) {
  return (
    <p className={styles.more}>
      详见：
      {desk.more.map((m, i) => (
        <span key={m.to}>
          {i > 0 && '、'}
          <Link to={m.to}>{m.label}</Link>
        </span>
      ))}
    </p>
  );
}

/** A desk in full (the support page, the home page): every team, its tips and further pages. */
export function SupportChannels({desk}: {desk: SupportDesk}) {
  return (
    <>
      {desk.groups.map((g) => (
        <Group key={g.title} group={g} />
      ))}
      {desk.groups.some((g) => g.service) && <p className={styles.note}>{HOLIDAYS}</p>}
      {desk.tips.map((tip) => (
        <p key={tip} className={styles.tip}>
          {tip}
        </p>
      ))}
      <More desk={desk} />
    </>
  );
}

/**
 * The 仍未解决？ block at the end of an answer, short enough on a phone not
 * to outweigh the answer: the team to ask first (for 通用问题, each
 * platform's), its open QQ group to copy, its hours and when it answers
 * again; the rest folded under 更多联系方式.
 */
export default function SupportContact({question}: {question: FaqQuestion}) {
  const {baseUrl} = useDocusaurusContext().siteConfig;
  const desk = supportDesk(question.category);
  const first = firstGroups(desk);
  const path = question.permalink.slice(baseUrl.length - 1);
  const rest = groupsFor(desk, path).filter((g) => !first.some((f) => f.group === g));
  return (
    <aside className={styles.contact} aria-labelledby="still-unsolved" data-search-ignore data-desk={desk.key}>
      <Heading as="h2" id="still-unsolved" className={styles.title}>
        仍未解决？
      </Heading>
      {first.map(({desk: d, group}) => (
        <Group key={d.key} group={group} title={desk.refer ? `${d.title}：${group.title}` : group.title} brief />
      ))}
      <details className={styles.details}>
        <summary>更多联系方式与提问方法</summary>
        {first.map(({desk: d, group}) => (
          <FoldedPart key={d.key} group={group} />
        ))}
        {rest.map((g) => (
          <Group key={g.title} group={g} />
        ))}
        {desk.tips.map((tip) => (
          <p key={tip} className={styles.tip}>
            {tip}
          </p>
        ))}
        <p className={styles.note}>{HOLIDAYS}</p>
        <More desk={desk} />
        <p className={styles.more}>
          <Link to="/support/">全部联系方式与服务时间</Link>
        </p>
      </details>
    </aside>
  );
}
