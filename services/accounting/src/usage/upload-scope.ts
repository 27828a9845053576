import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, ValidateBy } from 'class-validator';
import type { Caller, SystemScope } from '@hpc-access/auth';
import { DomainError, forbidden, invalid } from '@hpc-access/eventsourcing';
import { badRequest } from '@hpc-access/http';
import { systemScope } from '../accounting-roles';
import type { HostingSites } from '../sites/hosting-sites';
import { isTimeZone } from './domain/time-zones';

/** The site an upload is for: a site's own (its token), or one an accounting officer names. */
export interface UploadScope {
  siteId: string;
  systems: readonly string[];
  /** An accounting officer uploaded it for the site (an sacct file received by mail). */
  onBehalfOfSite: boolean;
}

export const SITE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** An opaque position of the site agent's: printable, at most 200 characters (an ISO end time and a job id fit). */
const CHECKPOINT = /^[^\u0000-\u001f\u007f]{1,200}$/u;

const IsTimeZone = () => ValidateBy({
  name: 'isTimeZone',
  validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value), defaultMessage: () => 'timeZone must be an IANA time zone such as Europe/Helsinki, or UTC' },
});

export class UploadSiteQuery {
  @ApiPropertyOptional({ example: 'csc', description: "The hosting site the usage is for: required when an accounting officer uploads on a site's behalf; a site's own token names its site" })
  @IsOptional() @Matches(SITE_ID, { message: 'siteId must be a site id such as csc' }) siteId?: string;

  @ApiPropertyOptional({ example: 'UTC', description: "IANA zone of the upload's zone-less times (sacct prints local time without a zone): UTC when sacct ran with TZ=UTC. Default: the site's configured zone; without either, zone-less times are refused (422)" })
  @IsOptional() @IsTimeZone() timeZone?: string;

  @ApiPropertyOptional({ example: '2026-12-07T13:40:12|1042', description: "The site agent's checkpoint after this batch (opaque, at most 200 characters): recorded with the batch, read back at GET /api/accounting/sites/{siteId}/usage-checkpoint" })
  @IsOptional() @Matches(CHECKPOINT, { message: 'checkpoint must be 1 to 200 printable characters' }) checkpoint?: string;
}

/**
 * Who may charge what: a site only its own systems' allocations, an accounting officer those of
 * the site it names. Every record is then checked against the scope by the ledger.
 */
export async function uploadScopeOf(caller: Caller, named: string | undefined, sites: HostingSites): Promise<UploadScope> {
  if (caller.actor.role === 'accounting-officer') {
    if (!named) throw badRequest('siteId', "required when an accounting officer uploads usage on a site's behalf");
    const systems = await sites.systemsOf(named);
    if (systems.length === 0) throw invalid('unknown-site', `no site ${named} hosts any system`, 'siteId');
    return { siteId: named, systems, onBehalfOfSite: true };
  }
  const scope = await systemScope(caller, sites);
  if (scope.kind !== 'site') throw forbidden('not-a-site', 'usage is sent by a hosting site, or by an accounting officer on its behalf');
  if (named !== undefined && named !== scope.siteId) throw new DomainError('forbidden', 'not-your-site', `a token of site ${scope.siteId} cannot send usage for site ${named}`, 'siteId');
  return { siteId: scope.siteId, systems: scope.systems, onBehalfOfSite: false };
}

/** The upload's site as the shared access check takes it. */
export const systemScopeOfUpload = (upload: UploadScope): SystemScope => ({ kind: 'site', siteId: upload.siteId, systems: upload.systems });
