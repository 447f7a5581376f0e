import {describe, expect, it} from 'vitest';
import {currentPaths, loadRegistry} from '../plugins/short-links/registry';
import {firstGroups, groupsFor, supportDesk, supportDesks} from './support';

const paths = currentPaths(loadRegistry());

const titles = (key: string, path: string) => groupsFor(supportDesk(key), path).map((g) => g.title);

describe('support desks (src/data/support.ts)', () => {
  it("has the three desks; each platform's first team has hours and an open QQ group, 通用问题 refers to both", () => {
    expect(supportDesks.map((d) => d.key)).toEqual(['general', 'hangzhou', 'xiaoshan']);
    for (const key of ['hangzhou', 'xiaoshan']) {
      const [first] = firstGroups(supportDesk(key));
      expect(first!.group.service!.hours.length, key).toBeGreaterThan(0);
      expect(first!.group.channels[0], key).toMatchObject({kind: 'qq'});
      expect(first!.group.channels[0]!.full, key).toBeFalsy();
    }
    expect(firstGroups(supportDesk('general')).map((f) => f.desk.key)).toEqual(['hangzhou', 'xiaoshan']);
  });

  it('lists the full QQ groups, and a WeChat ID to copy for the vendor contact', () => {
    const channels = supportDesks.flatMap((d) => d.groups.flatMap((g) => g.channels));
    expect(channels.filter((c) => c.full).map((c) => c.value)).toEqual([
      '532371151',
      '885048021',
      '518386071',
      '553214142',
    ]);
    expect(channels.find((c) => c.kind === 'wechat')).toMatchObject({label: '朱工微信', value: '13085424963'});
  });

  it('links only to question pages that exist, and limits groups only to paths that exist', () => {
    expect(paths.length).toBeGreaterThan(30);
    const prefixes = supportDesks.flatMap((d) => [
      ...d.more.map((m) => m.to),
      ...d.groups.flatMap((g) => g.onlyUnder ?? []),
    ]);
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes)
      expect(
        paths.some((p) => p.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('shows the 建管站 groups and the vendor contact on every 杭州 page, the 桩桩 groups only where relevant', () => {
    expect(titles('hangzhou', '/hangzhou/login/reset-password/')).toEqual(['杭州建管站 QQ 群', '实名制厂家技术支持']);
    expect(titles('hangzhou', '/hangzhou/basics/pinming-other')).toHaveLength(2);
    for (const path of [
      '/hangzhou/basics/pinming/',
      '/hangzhou/basics/pinming',
      '/hangzhou/integration/data-mismatch',
      '/hangzhou/stats/attendance-details/',
    ]) {
      expect(titles('hangzhou', path), path).toEqual([
        '杭州建管站 QQ 群',
        '实名制厂家技术支持',
        '品茗桩桩用户（使用品茗实名制管理系统的项目）',
      ]);
    }
  });

  it('gives the general block the feedback guidance and the hours, with links to both pages', () => {
    const general = supportDesk('general');
    expect(general.tips.join('')).toContain('表明身份');
    expect(general.tips.join('')).toContain('紧急');
    expect(general.more.map((m) => m.to)).toEqual(['/general/feedback/', '/general/support-hours/']);
  });

  it('falls back to the general desk for an unknown category', () => {
    expect(supportDesk('nope').key).toBe('general');
  });
});
