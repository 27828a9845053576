/** An order of the platform to this site, as `GET /api/allocation/sites/{siteId}/orders` lists it. */
export const ORDER_KINDS = ['create-project', 'set-members', 'set-limit', 'suspend', 'resume', 'close'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export interface SiteOrder {
  orderId: string;
  siteId: string;
  system: string;
  partition: string;
  kind: OrderKind;
  projectId: string;
  allocationId: string;
  members: string[];
  gpuMinutes: number | null;
  status: 'pending' | 'done' | 'failed';
  attempt: number;
  lastError: string | null;
  issuedAt: string;
  acknowledgedAt: string | null;
}

/** What the platform sent, checked before anything of it reaches a command line. */
export function asSiteOrder(value: unknown): SiteOrder | string {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const o = value as Record<string, unknown>;
  for (const field of ['orderId', 'siteId', 'system', 'partition', 'kind', 'projectId', 'allocationId', 'status', 'issuedAt'] as const) {
    if (typeof o[field] !== 'string') return `${field} is not a string`;
  }
  if (!(ORDER_KINDS as readonly string[]).includes(o['kind'] as string)) return `kind ${String(o['kind'])} is not known to this agent`;
  if (!Array.isArray(o['members']) || !o['members'].every((m) => typeof m === 'string')) return 'members is not a list of names';
  if (o['gpuMinutes'] !== null && (typeof o['gpuMinutes'] !== 'number' || !Number.isFinite(o['gpuMinutes']) || o['gpuMinutes'] < 0)) return 'gpuMinutes is not a number of minutes';
  return {
    orderId: o['orderId'] as string,
    siteId: o['siteId'] as string,
    system: o['system'] as string,
    partition: o['partition'] as string,
    kind: o['kind'] as OrderKind,
    projectId: o['projectId'] as string,
    allocationId: o['allocationId'] as string,
    members: o['members'] as string[],
    gpuMinutes: o['gpuMinutes'] as number | null,
    status: o['status'] as SiteOrder['status'],
    attempt: typeof o['attempt'] === 'number' ? o['attempt'] : 1,
    lastError: typeof o['lastError'] === 'string' ? o['lastError'] : null,
    issuedAt: o['issuedAt'] as string,
    acknowledgedAt: typeof o['acknowledgedAt'] === 'string' ? o['acknowledgedAt'] : null,
  };
}
