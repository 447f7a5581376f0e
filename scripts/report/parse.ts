// Own code: npm has no maintained parser of the combined log format (alpine 0.2.1 and clf-parser 0.0.2 go years without a release); it is one regular expression.
/**
 * A line of an access log in the combined format that nginx (its default)
 * and Apache (LogFormat "combined") write:
 *   127.0.0.1 - - [02/Dec/2026:13:27:05 +0800] "GET /faq/q/12/ HTTP/1.1" 200 512 "-" "Mozilla/5.0 …"
 */
export type LogEntry = {
  /** Milliseconds since 1970 (UTC). */
  time: number;
  method: string;
  /** Path and query, as requested (still URL-encoded). */
  target: string;
  status: number;
  referer: string;
  agent: string;
};

// A quoted field: nginx writes " as \x22, Apache as \".
const QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
const LINE = new RegExp(
  `^\\S+ \\S+ .*?\\[(\\d{2})/(\\w{3})/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2}) ([+-])(\\d{2})(\\d{2})\\] ${QUOTED} (\\d{3}) (?:\\d+|-) ${QUOTED} ${QUOTED}`,
);
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/**
 * The line's fields, or null when it is not a combined-format line. A request
 * that is not "METHOD target" (a TLS handshake sent to the HTTP port) has an
 * empty method and target.
 */
export function parseLine(line: string): LogEntry | null {
  const m = LINE.exec(line);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!) / 3;
  if (!Number.isInteger(month)) return null;
  const request = /^([A-Z]+) (\S+)(?: HTTP\/[\d.]+)?$/.exec(m[10]!);
  const offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) * 60_000;
  const time = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6])) - offset;
  return {
    time,
    method: request?.[1] ?? '',
    target: request?.[2] ?? '',
    status: Number(m[11]),
    referer: m[12]!,
    agent: m[13]!,
  };
}
