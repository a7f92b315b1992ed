/**
 * The write-ahead journal's record format and its recovery scan.
 *
 * One record per committed batch, one line each: `<json>\t<crc32 of json, 8 hex digits>\n`.
 * JSON.stringify never emits a raw tab, so the last tab splits the line. The checksum is the
 * batch's commit marker: after a power loss the file's last blocks may hold zeros or stale bytes,
 * so a torn batch can end in a newline and still not be whole. Only a line whose checksum matches
 * counts; everything from the first bad line to the end is an unacknowledged tail and is dropped,
 * unless a good record follows it, which a crash cannot produce (that is corruption, and loading
 * refuses rather than silently dropping acknowledged writes).
 *
 * Lines without a checksum (journals written before the format had one) are accepted only before
 * the first checksummed record.
 */
import { crc32 } from 'node:zlib';
import type { Change } from './state-backend';

export interface JournalRecord {
  s: number;
  c: Change[];
}

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

export function encodeRecord(seq: number, changes: Change[]): Buffer {
  const json = JSON.stringify({ s: seq, c: changes } satisfies JournalRecord);
  return Buffer.from(`${json}\t${checksum(json)}\n`);
}

interface Decoded {
  record: JournalRecord;
  checksummed: boolean;
}

function decodeLine(line: string, allowLegacy: boolean): Decoded | undefined {
  const tab = line.lastIndexOf('\t');
  let json = line;
  if (tab >= 0) {
    json = line.slice(0, tab);
    if (line.slice(tab + 1) !== checksum(json)) return undefined;
  } else if (!allowLegacy) {
    return undefined;
  }
  try {
    const record = JSON.parse(json) as JournalRecord;
    if (!record || typeof record.s !== 'number' || !Array.isArray(record.c)) return undefined;
    return { record, checksummed: tab >= 0 };
  } catch {
    return undefined;
  }
}

export interface ScanResult {
  /** Byte length of the good records. */
  validEnd: number;
  records: number;
  /** Set when a bad line is followed by a good record: corruption, not a torn tail. */
  corruptAt?: number;
}

/** Walks the journal's records in order, calling `apply` for each good one. */
export function scanJournal(buf: Buffer, apply: (record: JournalRecord) => void): ScanResult {
  let offset = 0;
  let records = 0;
  let sawChecksummed = false;
  while (offset < buf.length) {
    const nl = buf.indexOf(10, offset);
    if (nl < 0) break; // a torn tail without its newline
    const decoded = decodeLine(buf.toString('utf8', offset, nl), !sawChecksummed);
    if (!decoded) {
      return goodRecordAfter(buf, nl + 1, !sawChecksummed) ? { validEnd: offset, records, corruptAt: offset } : { validEnd: offset, records };
    }
    sawChecksummed ||= decoded.checksummed;
    apply(decoded.record);
    records++;
    offset = nl + 1;
  }
  return { validEnd: offset, records };
}

function goodRecordAfter(buf: Buffer, from: number, allowLegacy: boolean): boolean {
  for (let offset = from; offset < buf.length; ) {
    let nl = buf.indexOf(10, offset);
    if (nl < 0) nl = buf.length;
    if (decodeLine(buf.toString('utf8', offset, nl), allowLegacy)) return true;
    offset = nl + 1;
  }
  return false;
}
