import type { DomainEvent } from '@hpc-access/eventsourcing';
import type { PledgeText } from './pledge-text';

export interface PledgeVersion {
  pledgeVersion: number;
  text: PledgeText;
  publishedBy: string;
  publishedAt: string;
  /** Until when signatures of earlier versions stay valid. */
  resignBy: string;
}

// ---- events ----------------------------------------------------------------------------------
export type PledgeVersionPublished = DomainEvent<'PledgeVersionPublished', PledgeVersion>;
export type PledgeCatalogEvent = PledgeVersionPublished;

// ---- state -----------------------------------------------------------------------------------
export interface PledgeCatalogState {
  versions: PledgeVersion[];
}

export const initialPledgeCatalogState = (): PledgeCatalogState => ({ versions: [] });

export function evolvePledgeCatalog(state: PledgeCatalogState, event: PledgeCatalogEvent): PledgeCatalogState {
  switch (event.type) {
    case 'PledgeVersionPublished':
      return { versions: [...state.versions, event.data] };
  }
}

export const currentPledgeVersion = (state: PledgeCatalogState): PledgeVersion | null => state.versions.at(-1) ?? null;

/** Every version lives in one stream: they are few, and numbering them needs them all. */
export const PLEDGE_CATALOG_STREAM = 'pledge-texts';
