import { createTransport } from 'nodemailer';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCity, createUser, signIn } from '../../../../test/factories.js';
import { openTestApp } from '../../../../test/harness.js';
import { systemContext } from '../context.js';
import { EventBus } from '../events/bus.js';
import { JobRunner } from '../jobs/runner.js';
import { runWrite } from '../write.js';
import { createEmailJob } from './email.js';
import { EMAIL_JOB } from './notify.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const notify = (userId: string, title: string, emailEnabled = false) =>
  runWrite({ db: t.database.db, emailEnabled, afterCommit: () => {} }, systemContext('test'), async (w) => {
    await w.notify({
      userId,
      kind: 'case.assigned',
      title,
      titleEn: `${title} (en)`,
      body: '请处理',
      bodyEn: 'Please handle',
      link: '/cases/1',
    });
    await w.audit({ action: 'test.notify', entityType: 'notification' });
  });

describe('notification inbox', () => {
  it('shows each user only their own messages, in their language, newest first, with an unread count', async () => {
    const city = await createCity(t.database.db);
    const me = await createUser(t.database.db, city.departments.a, ['inspector']);
    const other = await createUser(t.database.db, city.departments.a, ['inspector']);
    await notify(me.id, '第一条');
    await notify(me.id, '第二条');
    await notify(other.id, '别人的');
    const client = await signIn(t.app, me, 'en');
    const inbox = (await client.request('GET', '/api/v1/notifications')).json();
    expect(inbox.items.map((n: { title: string }) => n.title)).toEqual(['第二条 (en)', '第一条 (en)']);
    expect(inbox.unreadCount).toBe(2);
    const first = inbox.items[1].id;
    expect((await client.request('POST', `/api/v1/notifications/${first}/read`)).statusCode).toBe(204);
    const unread = (await client.request('GET', '/api/v1/notifications?unread=true')).json();
    expect(unread.items.map((n: { title: string }) => n.title)).toEqual(['第二条 (en)']);
    expect((await client.request('POST', '/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/v1/notifications')).json().unreadCount).toBe(0);
  });

  it('cannot mark another user’s message read', async () => {
    const city = await createCity(t.database.db);
    const me = await createUser(t.database.db, city.departments.a, ['inspector']);
    const other = await createUser(t.database.db, city.departments.a, ['inspector']);
    await notify(other.id, '别人的');
    const otherClient = await signIn(t.app, other);
    const theirs = (await otherClient.request('GET', '/api/v1/notifications')).json().items[0].id;
    const response = await (await signIn(t.app, me)).request('POST', `/api/v1/notifications/${theirs}/read`);
    expect(response.statusCode).toBe(404);
    expect((await otherClient.request('GET', '/api/v1/notifications')).json().unreadCount).toBe(1);
  });

  it('e-mails a copy through SMTP when configured, exactly once even if the job runs again', async () => {
    const city = await createCity(t.database.db);
    const me = await createUser(t.database.db, city.departments.a, ['inspector']);
    await notify(me.id, '案件已分派', true);
    const transport = createTransport({ jsonTransport: true });
    const sent: { to: string; subject: string }[] = [];
    const original = transport.sendMail.bind(transport);
    transport.sendMail = (async (mail: Parameters<typeof original>[0]) => {
      const info = await original(mail);
      sent.push(JSON.parse((info as { message: string }).message));
      return info;
    }) as typeof transport.sendMail;
    const log = pino({ level: 'silent' });
    const runner = new JobRunner(t.database.db, new EventBus(t.database.db, log), log);
    const job = createEmailJob(
      t.database.db,
      transport,
      'Weijian <no-reply@weijian.example>',
      t.identity.emailOf,
    );
    let runs = 0;
    runner.register(EMAIL_JOB, async (payload) => {
      runs += 1;
      await job(payload);
      await job(payload);
    });
    await runner.tick();
    const mine = sent.filter((mail) => JSON.stringify(mail.to).includes(me.username));
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.subject).toContain('案件已分派');
  });
});
