import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { renderNotification, resolveLanguage } from '../messages';
import { NOTIFICATION_KINDS, type NotificationContent } from '../shared/notification';
import type { InboxItem } from './inbox.queries';

export class AudienceView {
  @ApiProperty({ example: 'applicant' }) role!: string;
  @ApiPropertyOptional() organisationId?: string;
  @ApiPropertyOptional() siteId?: string;
  @ApiPropertyOptional() userId?: string;
}

class SubjectView {
  @ApiProperty({ example: 'application' }) type!: string;
  @ApiProperty({ example: 'app-1' }) id!: string;
}

class CauseView {
  @ApiProperty({ description: 'The integration event it was raised from' }) eventId!: string;
  @ApiProperty({ example: 'hpc-access.intake.ApplicationScreened.v1' }) type!: string;
}

/** The words of a notification, as its e-mail says them, in the reader's language. */
class WordsView {
  @ApiProperty({ example: 'en', description: 'The language written in: the reader\'s (their notification settings, else Accept-Language) where there is a catalogue for it, else English' }) language!: string;
  @ApiProperty({ example: 'Application app-1 is eligible' }) subject!: string;
  @ApiProperty() whatHappened!: string;
  @ApiProperty() nextStep!: string;
  @ApiPropertyOptional({ description: 'The due date written out in the language' }) dueBy?: string;
}

/** One notification as its reader sees it, with their own read mark. */
export class InboxItemView {
  @ApiProperty({ format: 'uuid' }) notificationId!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: string;
  @ApiProperty({ type: AudienceView }) audience!: AudienceView;
  @ApiProperty({ type: SubjectView }) subject!: SubjectView;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What happened: ids, numbers, dates, outcomes, reasons (never personal data)' }) facts!: Record<string, unknown>;
  @ApiProperty({ type: WordsView }) words!: WordsView;
  @ApiProperty({ example: '/applicant/applications/app-1', description: "Path in the staff UI where the reader acts on it" }) link!: string;
  @ApiPropertyOptional({ description: 'ISO 8601 date or timestamp by which to act' }) dueBy?: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: CauseView }) cause!: CauseView;
  @ApiProperty({ description: 'Whether the caller has read it' }) read!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
}

/** The notification for its reader, its words in `language` (one of the catalogues', or English). */
export function inboxItemView(item: InboxItem, language: string): InboxItemView {
  const n: NotificationContent = item.notification;
  const written = resolveLanguage(language);
  // The link stays relative: the reader is in the staff UI already (no base URL needed).
  const { subject, whatHappened, nextStep, dueBy } = renderNotification(n, written, '');
  return {
    words: { language: written, subject, whatHappened, nextStep, ...(dueBy !== undefined ? { dueBy } : {}) },
    notificationId: n.notificationId,
    kind: n.kind,
    audience: n.audience,
    subject: n.subject,
    facts: n.facts,
    link: n.link,
    ...(n.dueBy ? { dueBy: n.dueBy } : {}),
    occurredAt: n.occurredAt,
    cause: n.cause,
    read: item.readAt !== null,
    readAt: item.readAt,
  };
}
