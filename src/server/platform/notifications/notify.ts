import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import { insertJob } from '../jobs/store.js';
import { insertNotification } from './store.js';

export interface NotificationInput {
  userId: string;
  /** e.g. `account.created`, `case.assigned`, `deadline.reminder`, `deadline.overdue`. */
  kind: string;
  title: string;
  titleEn: string;
  body?: string;
  bodyEn?: string;
  /** A path in the staff app, e.g. `/admin/users/…`. */
  link?: string | null;
}

export const EMAIL_JOB = 'notifications.email';

/**
 * Puts a message in a user's inbox inside the caller's transaction, and queues its e-mail in the
 * same transaction when e-mail delivery is configured, so neither exists without the other.
 */
export async function notifyUser(tx: Db, input: NotificationInput, emailEnabled: boolean): Promise<string> {
  const id = randomUUID();
  await insertNotification(tx, {
    id,
    userId: input.userId,
    kind: input.kind,
    title: input.title,
    titleEn: input.titleEn,
    body: input.body ?? '',
    bodyEn: input.bodyEn ?? '',
    link: input.link ?? null,
  });
  if (emailEnabled) await insertJob(tx, EMAIL_JOB, { notificationId: id }, { maxAttempts: 8 });
  return id;
}
