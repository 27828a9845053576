import { NotFoundException } from '@nestjs/common';
import { patternParamPipe, UUID_PATTERN } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import type { CheckpointStore, StoredCheckpoint } from '../checkpoints/checkpoint-store';

export const TREE_SIZE_PIPE = patternParamPipe('treeSize', /^[1-9][0-9]{0,14}$/, 'treeSize must be a whole number from 1');
export const EVENT_ID_PIPE = patternParamPipe('eventId', new RegExp(UUID_PATTERN), 'eventId must be a UUID');

/** The checkpoint of that size, or the latest; 404 when there is none. */
export async function checkpointOf(sql: Sql, store: CheckpointStore, treeSize: number | undefined): Promise<StoredCheckpoint> {
  const checkpoint = treeSize === undefined ? await store.latest(sql) : await store.bySize(sql, treeSize);
  if (!checkpoint) throw new NotFoundException(treeSize === undefined ? 'no checkpoint has been signed yet' : `no checkpoint of tree size ${treeSize} was signed`);
  return checkpoint;
}
