import type {Hours} from '@site/src/data/support';

/** Minutes since midnight of "H:MM". */
function minutes(hm: string): number {
  const [h, m] = hm.split(':').map(Number);
  return h! * 60 + m!;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000; // UTC+8, no daylight saving

/**
 * Whether `now` falls in the service hours, Asia/Shanghai time, Monday to
 * Friday. Public holidays are not known here.
 */
export function isServiceTime(now: Date, hours: Hours): boolean {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const day = local.getUTCDay();
  if (day === 0 || day === 6) return false;
  const t = local.getUTCHours() * 60 + local.getUTCMinutes();
  return hours.some(([start, end]) => t >= minutes(start) && t < minutes(end));
}
