import {describe, expect, it} from 'vitest';
import {hoursText, supportDesk} from '../../data/support';
import {badgeText, isServiceTime, serviceState} from './serviceHours';

/**
 * A Shanghai wall-clock time as an explicit UTC instant (UTC+8, no daylight
 * saving). 2024-06-03 is a Monday, 06-08 a Saturday, 06-09 a Sunday.
 */
function shanghai(day: string, hm: string): Date {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  const utc = new Date(`${day}T00:00:00Z`).getTime() + (h - 8) * 3_600_000 + m * 60_000;
  return new Date(utc);
}

describe('shanghai() builds the UTC instants the tests use', () => {
  it('Monday 9:00 in Shanghai is Monday 01:00 UTC; 7:59 is Sunday 23:59 UTC', () => {
    expect(shanghai('2024-06-03', '9:00').toISOString()).toBe('2024-06-03T01:00:00.000Z');
    expect(shanghai('2024-06-03', '7:59').toISOString()).toBe('2024-06-02T23:59:00.000Z');
  });
});

const MONDAY = '2024-06-03';
const WEDNESDAY = '2024-06-05';
const FRIDAY = '2024-06-07';
const SATURDAY = '2024-06-08';
const SUNDAY = '2024-06-09';

const hangzhou = supportDesk('hangzhou').groups[0]!.service!;
const xiaoshan = supportDesk('xiaoshan').groups[0]!.service!;

describe('the teams with hours (src/data/support.ts)', () => {
  it('are the 建管站 groups (法定工作日, till 17:00) and the 品茗 team (工作日, till 17:30)', () => {
    expect(hoursText(hangzhou)).toBe('法定工作日 9:00–11:30、13:30–17:00');
    expect(hoursText(xiaoshan)).toBe('工作日 9:00–11:30、13:30–17:30');
  });
});

/** The edges of the hours, and whether each is inside the hours of each team. */
const edges: {time: string; hangzhou: boolean; xiaoshan: boolean}[] = [
  {time: '8:59', hangzhou: false, xiaoshan: false},
  {time: '9:00', hangzhou: true, xiaoshan: true},
  {time: '11:29', hangzhou: true, xiaoshan: true},
  {time: '11:30', hangzhou: false, xiaoshan: false},
  {time: '13:29', hangzhou: false, xiaoshan: false},
  {time: '13:30', hangzhou: true, xiaoshan: true},
  {time: '16:59', hangzhou: true, xiaoshan: true},
  {time: '17:00', hangzhou: false, xiaoshan: true},
  {time: '17:29', hangzhou: false, xiaoshan: true},
  {time: '17:30', hangzhou: false, xiaoshan: false},
];

for (const [key, service] of [
  ['hangzhou', hangzhou],
  ['xiaoshan', xiaoshan],
] as const) {
  describe(`isServiceTime for ${key} (${hoursText(service)})`, () => {
    for (const edge of edges) {
      const expected = edge[key];
      it(`${edge.time} on a working day is ${expected ? 'inside' : 'outside'}`, () => {
        expect(isServiceTime(shanghai(MONDAY, edge.time), service.hours)).toBe(expected);
        expect(isServiceTime(shanghai(WEDNESDAY, edge.time), service.hours)).toBe(expected);
      });
    }

    it('is outside all Saturday and Sunday, even in working hours', () => {
      for (const day of [SATURDAY, SUNDAY]) {
        for (const time of ['9:00', '10:00', '14:00', '16:59']) {
          expect(isServiceTime(shanghai(day, time), service.hours), `${day} ${time}`).toBe(false);
        }
      }
    });

    it("does not depend on the reader's own time zone", () => {
      const saved = process.env.TZ;
      try {
        for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
          process.env.TZ = tz;
          expect(isServiceTime(shanghai(MONDAY, '9:00'), service.hours), tz).toBe(true);
          expect(isServiceTime(shanghai(MONDAY, '8:59'), service.hours), tz).toBe(false);
          expect(isServiceTime(shanghai(SATURDAY, '10:00'), service.hours), tz).toBe(false);
        }
      } finally {
        process.env.TZ = saved;
        if (saved === undefined) delete process.env.TZ;
      }
    });
  });
}

describe('the badge says till when, or when service resumes', () => {
  const badge = (day: string, time: string, service = hangzhou) =>
    badgeText(serviceState(shanghai(day, time), service.hours));

  for (const [day, time, hz, xs] of [
    [MONDAY, '8:10', '非服务时间 · 今天 9:00 恢复', '非服务时间 · 今天 9:00 恢复'], // before 9:00
    [MONDAY, '10:00', '服务时间内 · 至 11:30', '服务时间内 · 至 11:30'],
    [MONDAY, '12:05', '非服务时间 · 今天 13:30 恢复', '非服务时间 · 今天 13:30 恢复'], // lunch
    [WEDNESDAY, '17:10', '非服务时间 · 明天 9:00 恢复', '服务时间内 · 至 17:30'], // after 17:00
    [WEDNESDAY, '17:45', '非服务时间 · 明天 9:00 恢复', '非服务时间 · 明天 9:00 恢复'], // after 17:30
    [FRIDAY, '18:00', '非服务时间 · 周一 9:00 恢复', '非服务时间 · 周一 9:00 恢复'], // Friday evening
    [SATURDAY, '10:00', '非服务时间 · 周一 9:00 恢复', '非服务时间 · 周一 9:00 恢复'],
    [SUNDAY, '20:00', '非服务时间 · 明天 9:00 恢复', '非服务时间 · 明天 9:00 恢复'],
  ] as const) {
    it(`${day} ${time}: ${hz} (杭州), ${xs} (萧山)`, () => {
      expect(badge(day, time)).toBe(hz);
      expect(badge(day, time, xiaoshan)).toBe(xs);
    });
  }
});
