import type { Transporter } from 'nodemailer';
import type { Db } from '../db/client.js';
import { findNotification, markEmailed } from './store.js';

/** Looks up a user's e-mail address; identity owns users, so it is passed in, not imported. */
export type EmailLookup = (userId: string) => Promise<string | null>;

/**
 * The `notifications.email` job: sends one notification by SMTP, once. A retried job after a
 * successful send finds `emailed_at` set and does nothing.
 */
export function createEmailJob(db: Db, transport: Transporter, from: string, lookup: EmailLookup) {
  return async (payload: unknown) => {
    const { notificationId } = payload as { notificationId: string };
    const notification = await findNotification(db, notificationId);
    if (!notification || notification.emailedAt) return;
    const to = await lookup(notification.userId);
    if (to) {
      await transport.sendMail({
        from,
        to,
        subject: `[卫监 Weijian] ${notification.title} / ${notification.titleEn}`,
        text: [notification.body, notification.bodyEn, notification.link ?? ''].filter(Boolean).join('\n\n'),
      });
    }
    await markEmailed(db, notificationId);
  };
}
