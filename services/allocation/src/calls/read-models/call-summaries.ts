import { Inject, Injectable } from '@nestjs/common';
import type { PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { ALLOCATION_DB, ALLOCATION_OPTIONS, type AllocationOptionsShape } from '../../allocation.tokens';
import { iso, pageOf } from '../../shared/page';

interface CallRow { call_id: string; mode: string; cut_offs: string[]; passed: number; opened_at: Date }

/** The query on `calls`: calls, newest first, with how many cut-offs have passed. */
@Injectable()
export class CallSummaries {
  constructor(@Inject(ALLOCATION_DB) private readonly db: Sql, @Inject(ALLOCATION_OPTIONS) private readonly options: AllocationOptionsShape) {}

  async list(query: PageQuery) {
    const { rows, ...page } = await pageOf<CallRow>(this.db, `${this.options.schema}.calls`, {}, 'opened_at DESC, call_id', query);
    return { ...page, items: rows.map((r) => ({ callId: r.call_id, mode: r.mode, cutOffs: r.cut_offs, passedCutOffs: r.passed, openedAt: iso(r.opened_at) })) };
  }
}
