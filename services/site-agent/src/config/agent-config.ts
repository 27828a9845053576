import { Type } from 'class-transformer';
import {
  ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsPositive, IsString, IsUrl, Matches, Max, Min, ValidateIf, ValidateNested,
} from 'class-validator';

/** How a partition's jobs are billed, as the site bills them. */
export const BILLING_KINDS = ['gpu', 'weight'] as const;
export type BillingKind = (typeof BILLING_KINDS)[number];

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

export class PlatformSettings {
  /** Where the platform answers, e.g. `https://hpc-access.example.eu`. */
  @IsUrl(URL_OPTIONS, { message: 'must be an http(s) URL' }) baseUrl!: string;
  /** The site this agent speaks for; its token must name the same site. */
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'must be a site id such as cineca' }) siteId!: string;
  @IsOptional() @IsInt() @Min(1) @Max(600) requestTimeoutSeconds?: number;
}

export class AuthSettings {
  /** The OpenID Connect / OAuth issuer; its token endpoint is found by discovery unless tokenEndpoint is set. */
  @ValidateIf((a: AuthSettings) => a.tokenEndpoint === undefined)
  @IsUrl(URL_OPTIONS, { message: 'must be an http(s) URL (or give auth.tokenEndpoint)' })
  issuer?: string;
  @IsOptional() @IsUrl(URL_OPTIONS, { message: 'must be an http(s) URL' }) tokenEndpoint?: string;
  @IsString() @Matches(/^\S{1,200}$/, { message: 'must be 1 to 200 characters without spaces' }) clientId!: string;
  /** A file holding the secret (mode 600): preferred, nothing in the configuration or the environment. */
  @IsOptional() @IsString() clientSecretFile?: string;
  /** The environment variable holding the secret; default HPC_SITE_AGENT_CLIENT_SECRET. */
  @IsOptional() @Matches(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be an environment variable name' }) clientSecretEnv?: string;
  /** client_secret_basic (default, RFC 6749 2.3.1) or client_secret_post. */
  @IsOptional() @IsIn(['client_secret_basic', 'client_secret_post'], { message: 'must be client_secret_basic or client_secret_post' }) clientAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  @IsOptional() @IsString() scope?: string;
  /** RFC 8707 resource indicator, for issuers that choose the audience by it. */
  @IsOptional() @IsString() resource?: string;
  /** Sent as `audience` (Auth0, Keycloak with a mapper) where the issuer wants it. */
  @IsOptional() @IsString() audience?: string;
}

export class SlurmSettings {
  /** The platform's system id that this Slurm cluster is (orders and usage of other systems are not this agent's). */
  @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'must be a system id such as leonardo' }) system!: string;
  /** Slurm's ClusterName. */
  @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'must be a Slurm cluster name (lower case)' }) cluster!: string;
  /** Default `sacctmgr` (found on PATH). */
  @IsOptional() @IsString() sacctmgr?: string;
  /** Default `sacct` (found on PATH). */
  @IsOptional() @IsString() sacct?: string;
  @IsOptional() @IsInt() @Min(1) @Max(3600) commandTimeoutSeconds?: number;
  /** Slurm accounts with this prefix that the platform does not know are reported; default `ehpc-`. */
  @IsOptional() @Matches(/^[a-z0-9_-]{0,32}$/, { message: 'must be lower-case letters, digits, _ or -' }) projectAccountPrefix?: string;
}

export class PartitionBilling {
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'must be a Slurm partition name' }) name!: string;
  /** `gpu`: AllocTRES gres/gpu x elapsed; `weight`: AllocTRES billing (TRESBillingWeights) x elapsed x weight. */
  @IsIn(BILLING_KINDS, { message: 'must be gpu or weight' }) billing!: BillingKind;
  /** GPU-hours per billing unit-hour (`weight` only); default 1. */
  @ValidateIf((p: PartitionBilling) => p.billing === 'weight' && p.weight !== undefined)
  @IsNumber({}, { message: 'must be a number' }) @IsPositive({ message: 'must be above 0' })
  weight?: number;
}

export class UsageSettings {
  /** Where the first run starts reading finished jobs (ISO 8601 with a zone), when neither the agent nor the platform has a checkpoint. */
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 time such as 2026-12-01T00:00:00Z' })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'must name its zone (Z or +01:00)' })
  startFrom!: string;
  /** Jobs that ended this recently are left for the next round: slurmdbd records a job's end a moment after it (default 60). */
  @IsOptional() @IsInt() @Min(0) @Max(86_400) settleSeconds?: number;
  /** Records per batch (default 500); a batch never splits one second's jobs, so it may be a little larger. */
  @IsOptional() @IsInt() @Min(1) @Max(50_000) batchSize?: number;
  /** At most this much time per sacct query while catching up (default 24 h). */
  @IsOptional() @IsInt() @Min(60) @Max(31 * 86_400) windowSeconds?: number;
}

export class ListenSettings {
  @IsOptional() @IsString() host?: string;
  /** 0 takes a free port (tests); the port is logged. */
  @IsInt() @Min(0) @Max(65_535) port!: number;
}

export class AgentConfig {
  @IsDefined({ message: 'is required' }) @ValidateNested() @Type(() => PlatformSettings) platform!: PlatformSettings;
  @IsDefined({ message: 'is required' }) @ValidateNested() @Type(() => AuthSettings) auth!: AuthSettings;
  @IsDefined({ message: 'is required' }) @ValidateNested() @Type(() => SlurmSettings) slurm!: SlurmSettings;
  @IsDefined({ message: 'is required' }) @IsArray() @ArrayMinSize(1, { message: 'must list at least one partition and how it is billed' })
  @ValidateNested({ each: true }) @Type(() => PartitionBilling)
  partitions!: PartitionBilling[];
  @IsDefined({ message: 'is required' }) @ValidateNested() @Type(() => UsageSettings) usage!: UsageSettings;
  @IsDefined({ message: 'is required' }) @ValidateNested() @Type(() => ListenSettings) listen!: ListenSettings;
  /** Seconds between two polls of the platform (default 60). */
  @IsOptional() @IsInt() @Min(1) @Max(86_400) pollIntervalSeconds?: number;
  /** Seconds between two reconciliations of Slurm with the platform (default 3600; 0: every poll). */
  @IsOptional() @IsInt() @Min(0) @Max(7 * 86_400) reconcileIntervalSeconds?: number;
  /** The agent's own directory: checkpoint, reconciliation report. */
  @IsDefined({ message: 'is required' }) @IsString() @Matches(/^\//, { message: 'must be an absolute path' }) stateDir!: string;
}
