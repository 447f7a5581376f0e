import {describe, expect, it} from 'vitest';
import {supportDesk} from '../../data/support';
import {isServiceTime} from './serviceHours';

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
const SATURDAY = '2024-06-08';
const SUNDAY = '2024-06-09';

/** The edges of the brief, and whether each is inside the hours of each group. */
const edges: {time: string; general: boolean; xiaoshan: boolean}[] = [
  {time: '8:59', general: false, xiaoshan: false},
  {time: '9:00', general: true, xiaoshan: true},
  {time: '11:29', general: true, xiaoshan: true},
  {time: '11:30', general: false, xiaoshan: false},
  {time: '13:29', general: false, xiaoshan: false},
  {time: '13:30', general: true, xiaoshan: true},
  {time: '16:59', general: true, xiaoshan: true},
  {time: '17:00', general: false, xiaoshan: true},
  {time: '17:29', general: false, xiaoshan: true},
  {time: '17:30', general: false, xiaoshan: false},
];

for (const key of ['general', 'hangzhou', 'xiaoshan'] as const) {
  describe(`isServiceTime for ${key} (${supportDesk(key).hoursText})`, () => {
    const {hours} = supportDesk(key);

    it('is the desk asked for', () => {
      expect(supportDesk(key).key).toBe(key);
    });

    for (const edge of edges) {
      const expected = key === 'xiaoshan' ? edge.xiaoshan : edge.general;
      it(`${edge.time} on a working day is ${expected ? 'inside' : 'outside'}`, () => {
        expect(isServiceTime(shanghai(MONDAY, edge.time), hours)).toBe(expected);
        expect(isServiceTime(shanghai(WEDNESDAY, edge.time), hours)).toBe(expected);
      });
    }

    it('is outside all Saturday and Sunday, even in working hours', () => {
      for (const day of [SATURDAY, SUNDAY]) {
        for (const time of ['9:00', '10:00', '14:00', '16:59']) {
          expect(isServiceTime(shanghai(day, time), hours), `${day} ${time}`).toBe(false);
        }
      }
    });

    it("does not depend on the reader's own time zone", () => {
      const saved = process.env.TZ;
      try {
        for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
          process.env.TZ = tz;
          expect(isServiceTime(shanghai(MONDAY, '9:00'), hours), tz).toBe(true);
          expect(isServiceTime(shanghai(MONDAY, '8:59'), hours), tz).toBe(false);
          expect(isServiceTime(shanghai(SATURDAY, '10:00'), hours), tz).toBe(false);
        }
      } finally {
        process.env.TZ = saved;
        if (saved === undefined) delete process.env.TZ;
      }
    });
  });
}
