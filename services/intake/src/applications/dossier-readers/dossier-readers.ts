import { Inject, Injectable } from '@nestjs/common';
import { forbidden } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { INTAKE_DB, INTAKE_OPTIONS, type IntakeOptionsShape } from '../../intake.tokens';

interface Reader {
  id: string;
  role: string;
  organisationId?: string;
}

const notCleared = () =>
  forbidden('not-cleared', 'an ethics reviewer reads an application only while assigned to its ethics case, after declaring no conflict of interest');

/**
 * Which dossiers an ethics reviewer may read, as ethics review told intake (follow-reviewer-clearances.ts).
 * Asked before the record is loaded, so a reviewer learns nothing, not even whether an id exists,
 * of an application they are not cleared on.
 */
@Injectable()
export class DossierReaders {
  constructor(@Inject(INTAKE_DB) private readonly db: Sql, @Inject(INTAKE_OPTIONS) private readonly options: IntakeOptionsShape) {}

  private get table(): string {
    return `${this.options.schema}.dossier_readers`;
  }

  async assertMayReadApplication(actor: Reader, applicationId: string): Promise<void> {
    if (actor.role !== 'ethics-reviewer') return;
    const { rows } = await this.db.query(`SELECT 1 FROM ${this.table} WHERE reviewer_id = $1 AND application_id = $2`, [actor.id, applicationId]);
    if (rows.length === 0) throw notCleared();
  }

  /** A reviewer reads an organisation (never its contacts' personal data) while cleared on one of its applications. */
  async assertMayReadOrganisation(actor: Reader, organisationId: string): Promise<void> {
    if (actor.role !== 'ethics-reviewer') return;
    const { rows } = await this.db.query(
      `SELECT 1 FROM ${this.table} d JOIN ${this.options.schema}.application_summaries a USING (application_id)
        WHERE d.reviewer_id = $1 AND a.organisation_id = $2 LIMIT 1`,
      [actor.id, organisationId],
    );
    if (rows.length === 0) throw notCleared();
  }

  /** The list's condition (for readModelPage) that keeps a reviewer to the applications they are cleared on. */
  listFilter(actor: Reader): [string, unknown] {
    return [`application_id IN (SELECT application_id FROM ${this.table} WHERE reviewer_id = ?)`, actor.role === 'ethics-reviewer' ? actor.id : undefined];
  }
}
