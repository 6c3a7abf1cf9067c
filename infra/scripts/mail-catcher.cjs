// The development mail catch-all: an SMTP server (smtp-server) that accepts every e-mail, parses it (mailparser) and
// keeps it in memory, and a small HTTP server that lists what arrived: GET /messages (optionally ?to=<address>),
// DELETE /messages. `npm start` runs it beside the platform and the test stack starts one for the e2e runs. Loopback
// only; nothing is relayed anywhere. Messages are kept by Message-ID: an e-mail sent again after a worker died between
// sending and recording it (the same Message-ID) is the same message, its `deliveries` counting how often it came.
'use strict';
const http = require('node:http');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const MAX_MESSAGES = 5000;
const MAX_SIZE = 1024 * 1024;

/** Starts both servers on 127.0.0.1 (port 0: any free port); resolves with their ports, the store and close(). */
async function startMailCatcher(options = {}) {
  /** @type {Map<string, object>} */
  const messages = new Map();
  let sequence = 0;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_SIZE,
    logger: false,
    // Loopback only: no reverse DNS lookup of the client before the greeting.
    disableReverseLookup: true,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const messageId = parsed.messageId ?? `<catcher-${++sequence}@mail.nrm.local>`;
          const known = messages.get(messageId);
          if (known) {
            known.deliveries += 1;
          } else {
            if (messages.size >= MAX_MESSAGES) messages.delete(messages.keys().next().value);
            messages.set(messageId, {
              messageId,
              from: parsed.from?.text ?? '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              language: typeof parsed.headers.get('content-language') === 'string' ? parsed.headers.get('content-language') : null,
              receivedAt: new Date().toISOString(),
              deliveries: 1,
            });
          }
          callback();
        })
        .catch((error) => callback(error));
    },
  });

  const list = (to) => [...messages.values()].filter((message) => !to || message.to.includes(to.toLowerCase()));
  const api = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname !== '/messages') return send(404, { error: 'GET /messages or DELETE /messages' });
    if (request.method === 'GET') return send(200, list(url.searchParams.get('to')));
    if (request.method === 'DELETE') {
      messages.clear();
      return send(200, { cleared: true });
    }
    return send(405, { error: 'GET or DELETE' });
  });

  const host = '127.0.0.1';
  await new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, host, resolve);
  });
  await new Promise((resolve, reject) => {
    api.once('error', reject);
    api.listen(options.httpPort ?? 0, host, resolve);
  });
  return {
    smtpPort: smtp.server.address().port,
    httpPort: api.address().port,
    smtpUrl: `smtp://${host}:${smtp.server.address().port}`,
    httpUrl: `http://${host}:${api.address().port}`,
    messages: list,
    clear: () => messages.clear(),
    close: () =>
      Promise.all([new Promise((resolve) => smtp.close(() => resolve(undefined))), new Promise((resolve) => api.close(() => resolve(undefined)))]).then(
        () => undefined,
      ),
  };
}

module.exports = { startMailCatcher };

// `node infra/scripts/mail-catcher.cjs`: MAIL_CATCHER_SMTP_PORT (1025) and MAIL_CATCHER_HTTP_PORT (1080).
if (require.main === module) {
  startMailCatcher({
    smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025),
    httpPort: Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 1080),
  }).then(
    (catcher) => {
      process.stdout.write(`mail catch-all: SMTP ${catcher.smtpUrl}, messages at ${catcher.httpUrl}/messages\n`);
      const stop = () => catcher.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error) => {
      process.stderr.write(`mail catch-all failed to start: ${error.message}\n`);
      process.exit(1);
    },
  );
}
