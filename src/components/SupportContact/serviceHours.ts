import type {Hours} from '@site/src/data/support';

/** Minutes since midnight of "H:MM". */
function minutes(hm: string): number {
  const [h, m] = hm.split(':').map(Number);
  return h! * 60 + m!;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000; // UTC+8, no daylight saving
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** Open until a time today, or closed until a time on a day (今天, 明天, 周一…). */
export type ServiceState = {open: true; until: string} | {open: false; day: string; time: string};

/**
 * Whether the service is open at `now`, Asia/Shanghai time, Monday to Friday,
 * and till when, or when it opens again. Public holidays are not known here.
 */
export function serviceState(now: Date, hours: Hours): ServiceState {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const today = local.getUTCDay();
  const t = local.getUTCHours() * 60 + local.getUTCMinutes();
  const working = (day: number) => day !== 0 && day !== 6;
  if (working(today)) {
    const span = hours.find(([start, end]) => t >= minutes(start) && t < minutes(end));
    if (span) return {open: true, until: span[1]};
    const later = hours.find(([start]) => minutes(start) > t);
    if (later) return {open: false, day: '今天', time: later[0]};
  }
  let ahead = 1;
  while (!working((today + ahead) % 7)) ahead += 1;
  return {open: false, day: ahead === 1 ? '明天' : WEEKDAYS[(today + ahead) % 7]!, time: hours[0]![0]};
}

export const isServiceTime = (now: Date, hours: Hours) => serviceState(now, hours).open;

/** The badge: 服务时间内 · 至 11:30, or 非服务时间 · 周一 9:00 恢复. */
export function badgeText(state: ServiceState): string {
  return state.open ? `服务时间内 · 至 ${state.until}` : `非服务时间 · ${state.day} ${state.time} 恢复`;
}
