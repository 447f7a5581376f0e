/**
 * Support channels and service hours, from the seed. The 仍未解决？ block,
 * the home page and the support page (/support/) all read this file.
 */
export type Channel = {
  /** A QQ group number and a WeChat ID are copied; a phone number is dialled. */
  kind: 'qq' | 'wechat' | 'phone';
  label: string;
  value: string;
  /** A QQ group that takes no new members (已满): shown muted, after the open ones. */
  full?: boolean;
  /** The tel: address of a phone number. */
  dial?: string;
  note?: string;
};

/** Service hours on working days, Asia/Shanghai, as [start, end) "H:MM" pairs. */
export type Hours = [string, string][];

/** When a team answers: which days (法定工作日 or 工作日) and the hours of each. */
export type ServiceHours = {days: string; hours: Hours};

/** Channels of one team, e.g. the 建管站 QQ groups. */
export type ChannelGroup = {
  title: string;
  channels: Channel[];
  /** The team's hours, shown next to its channels with the live badge. */
  service?: ServiceHours;
  tips?: string[];
  /**
   * In the 仍未解决？ block, only on the pages under these site paths (without
   * the base URL); on every page of the category when absent.
   */
  onlyUnder?: string[];
};

export type DeskKey = 'general' | 'hangzhou' | 'xiaoshan';

export type SupportDesk = {
  key: DeskKey;
  title: string;
  /** The teams; the first one is whom the 仍未解决？ block sends the reader to. */
  groups: ChannelGroup[];
  /** A desk with no team of its own (通用问题) sends the reader to these desks' first teams. */
  refer?: DeskKey[];
  tips: string[];
  /** The question pages that say more. */
  more: {to: string; label: string}[];
};

/** The hours as the seed writes them: 法定工作日 9:00–11:30、13:30–17:00. */
export const hoursText = ({days, hours}: ServiceHours) =>
  `${days} ${hours.map(([start, end]) => `${start}–${end}`).join('、')}`;

export const supportDesks: SupportDesk[] = [
  {
    key: 'general',
    title: '通用问题',
    groups: [],
    refer: ['hangzhou', 'xiaoshan'],
    tips: [
      '反馈时务必表明身份（谁、身份、项目、具体业务模块），优先用文字详细描述问题；多处、多人的问题请具体到人，并附清晰的全屏截图或照片。',
      '非工作时间如有紧急问题请备注“紧急”；如有遗漏未回复，请进一步说明情况再告知一下。',
    ],
    more: [
      {to: '/general/feedback/', label: '问题反馈建议'},
      {to: '/general/support-hours/', label: '技术支持服务说明'},
    ],
  },
  {
    key: 'hangzhou',
    title: '杭州实名制',
    groups: [
      {
        title: '杭州建管站 QQ 群',
        channels: [
          {kind: 'qq', label: 'QQ2群', value: '112475025'},
          {kind: 'qq', label: 'QQ1群', value: '532371151', full: true},
          {kind: 'qq', label: 'QQ3群', value: '885048021', full: true},
        ],
        service: {
          days: '法定工作日',
          hours: [
            ['9:00', '11:30'],
            ['13:30', '17:00'],
          ],
        },
        tips: ['已加群不要重复加，加群申请：单位简称+姓名。'],
      },
      {
        title: '实名制厂家技术支持',
        channels: [{kind: 'wechat', label: '朱工微信', value: '13085424963', note: '加微信请表明厂家身份'}],
      },
      {
        title: '品茗桩桩用户（使用品茗实名制管理系统的项目）',
        channels: [
          {kind: 'qq', label: 'QQ2群', value: '1080880747'},
          {kind: 'qq', label: 'QQ1群', value: '518386071', full: true},
        ],
        // Where the answer sends the reader to their real-name system's vendor.
        onlyUnder: ['/hangzhou/basics/pinming/', '/hangzhou/integration/', '/hangzhou/stats/'],
      },
    ],
    tips: [],
    more: [
      {to: '/hangzhou/basics/project-info/', label: '杭州实名制基础信息（项目）'},
      {to: '/hangzhou/basics/pinming/', label: '品茗客户业务支持（桩桩）'},
    ],
  },
  {
    key: 'xiaoshan',
    title: '萧山云平台',
    groups: [
      {
        title: '品茗技术服务团队',
        channels: [
          {kind: 'qq', label: 'QQ2群', value: '754440406'},
          {kind: 'qq', label: 'QQ1群', value: '553214142', full: true},
          {kind: 'phone', label: '咨询固话', value: '0571-56035577 转 8044', dial: 'tel:0571-56035577,8044'},
        ],
        service: {
          days: '工作日',
          hours: [
            ['9:00', '11:30'],
            ['13:30', '17:30'],
          ],
        },
      },
    ],
    tips: [],
    more: [{to: '/xiaoshan/personnel/xs-support/', label: '用户服务（萧山云平台使用用户）'}],
  },
];

export function supportDesk(key: string): SupportDesk {
  return supportDesks.find((desk) => desk.key === key) ?? supportDesks[0]!;
}

/**
 * The groups the 仍未解决？ block shows on the page at `path` (without the
 * base URL; a doc's permalink may lack the trailing slash).
 */
export function groupsFor(desk: SupportDesk, path: string): ChannelGroup[] {
  const dir = path.endsWith('/') ? path : `${path}/`;
  return desk.groups.filter((g) => !g.onlyUnder || g.onlyUnder.some((prefix) => dir.startsWith(prefix)));
}

/** The teams the 仍未解决？ block puts first: the desk's first team, or those of the desks it refers to. */
export function firstGroups(desk: SupportDesk): {desk: SupportDesk; group: ChannelGroup}[] {
  const desks = desk.refer ? desk.refer.map(supportDesk) : [desk];
  return desks.flatMap((d) => (d.groups[0] ? [{desk: d, group: d.groups[0]}] : []));
}
