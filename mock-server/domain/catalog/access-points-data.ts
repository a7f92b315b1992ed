/**
 * Real Express Connect access point ids, per region: the ones that the real provider's docs pages
 * and acceptance tests name (ap-<country>-<city>-<site>-<letter>). Configurations written for the
 * real cloud hard-code them, so the sandbox offers them next to its own `ap-<region>-sandbox-a/-b`
 * pair. The names and locations below are descriptive, not the real catalogue's text.
 */
export interface AccessPointFact {
  id: string;
  /** The site, as the id's middle part spells it. */
  site: string;
}

export const REAL_ACCESS_POINTS: Readonly<Record<string, readonly AccessPointFact[]>> = {
  'cn-hangzhou': [
    { id: 'ap-cn-hangzhou-yh-B', site: 'yh' },
    { id: 'ap-cn-hangzhou-yh-C', site: 'yh' },
    { id: 'ap-cn-hangzhou-jg-B', site: 'jg' },
  ],
  'cn-shanghai': [{ id: 'ap-cn-shanghai-pd-D', site: 'pd' }],
  'cn-beijing': [{ id: 'ap-cn-beijing-cy-A', site: 'cy' }],
  'ap-southeast-1': [{ id: 'ap-sg-singpore-A', site: 'singapore' }],
};
