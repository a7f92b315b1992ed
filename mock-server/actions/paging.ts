/**
 * The two paging styles of the real APIs, implemented once: PageNumber/PageSize, and
 * MaxResults (MaxResult in DescribeRouteEntryList) with an opaque NextToken. Both products use the
 * same NextToken format, so a token is never specific to the action or product that issued it.
 */
import { InvalidNextTokenMalformed } from '../errors';

/** NextToken values are opaque to clients; the sandbox encodes the offset of the next row. */
export function encodeNextToken(offset: number): string {
  return Buffer.from(`sandbox-offset:${offset}`).toString('base64url');
}

/** The offset a NextToken stands for; 0 without one. */
export function decodeNextToken(token: string | undefined): number {
  if (!token) return 0;
  const m = /^sandbox-offset:(\d{1,9})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw new InvalidNextTokenMalformed(`The NextToken "${token.slice(0, 80)}" is invalid: pass the NextToken of the previous response unchanged, or leave it out to start at the beginning.`);
  return Number(m[1]);
}

export interface NumberedPage<T> {
  items: T[];
  PageNumber: number;
  PageSize: number;
  TotalCount: number;
}

/** PageNumber/PageSize paging (page 1 and 10 rows by default). */
export function pageByNumber<T>(rows: T[], pageNumber = 1, pageSize = 10): NumberedPage<T> {
  const start = (pageNumber - 1) * pageSize;
  return { items: rows.slice(start, start + pageSize), PageNumber: pageNumber, PageSize: pageSize, TotalCount: rows.length };
}

/** MaxResults/NextToken paging: up to `max` rows from the token's offset, and the next token ('' at the end). */
export function pageByToken<T>(rows: T[], token: string | undefined, max: number): { items: T[]; NextToken: string; TotalCount: number } {
  const start = decodeNextToken(token);
  const items = rows.slice(start, start + max);
  const next = start + max < rows.length ? encodeNextToken(start + max) : '';
  return { items, NextToken: next, TotalCount: rows.length };
}

export interface PageParams {
  PageNumber?: number;
  PageSize?: number;
  MaxResults?: number;
  NextToken?: string;
}

/**
 * For the ECS Describe* actions that take both styles: MaxResults/NextToken when either is given,
 * PageNumber/PageSize otherwise. `meta` holds the paging fields of the response.
 */
export function paginate<T>(rows: T[], p: PageParams, defaultSize = 10): { items: T[]; meta: Record<string, unknown> } {
  if (p.NextToken || p.MaxResults !== undefined) {
    const size = p.MaxResults ?? defaultSize;
    const pg = pageByToken(rows, p.NextToken, size);
    return { items: pg.items, meta: { TotalCount: pg.TotalCount, NextToken: pg.NextToken, MaxResults: size } };
  }
  const pg = pageByNumber(rows, p.PageNumber ?? 1, p.PageSize ?? defaultSize);
  return { items: pg.items, meta: { TotalCount: pg.TotalCount, PageNumber: pg.PageNumber, PageSize: pg.PageSize, NextToken: '' } };
}
