import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sendMail } from '../../src/monitors/smtp';
import { StepFailed } from '../../src/core/errors';
import { freePort } from '../support/ports';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server';

const smtp = suite('monitors/smtp against a real SMTP server on loopback');
let server: TestSmtpServer;

smtp.before(async () => {
  server = await startSmtpServer();
});
smtp.after(() => server.close());

smtp('a message reaches every recipient intact, dots and all', async () => {
  await sendMail(server, { from: 'slipway@localhost', to: ['ops@example.com', 'dev@example.com'], subject: 'CPU alert', text: 'line one\n.\n..two dots\nend' });
  const [m] = await server.waitFor(1, () => true, 10_000);
  assert.is(m.from, 'slipway@localhost');
  assert.equal(m.to, ['ops@example.com', 'dev@example.com']);
  assert.is(m.subject, 'CPU alert');
  assert.is(m.body, 'line one\n.\n..two dots\nend');
});

smtp('a refused recipient fails the send with the server\'s own reply', async () => {
  server.rejectRecipients(550);
  try {
    await sendMail(server, { from: 'a@x', to: ['nobody@example.com'], subject: 's', text: 't' });
    assert.unreachable('expected a failure');
  } catch (err) {
    assert.instance(err, StepFailed);
    assert.match((err as Error).message, 'refused RCPT TO:<nobody@example.com>: 550 5.1.1 recipient rejected');
  } finally {
    server.rejectRecipients(undefined);
  }
});

smtp('no server on the port fails with where it looked', async () => {
  const port = await freePort();
  try {
    await sendMail({ host: '127.0.0.1', port }, { from: 'a@x', to: ['b@x'], subject: 's', text: 't' });
    assert.unreachable('expected a failure');
  } catch (err) {
    assert.instance(err, StepFailed);
    assert.match((err as Error).message, `SMTP 127.0.0.1:${port}: the greeting failed`);
  }
});

smtp.run();
