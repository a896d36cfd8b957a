// A real SMTP server (smtp-server) on a free local port, reading each message with mailparser:
// the site sends to it through its ordinary SMTP_URL. `refuse` makes it answer every message
// with a permanent error, as a mail server that rejects the sender would.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// `header(name)`: a header's raw value, as the message carried it.
export type Received = { to: string; subject: string; html: string; text: string; header: (name: string) => string | undefined };

export async function startSmtpStandIn(port = 0) {
  const received: Received[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (refuse) return callback(Object.assign(new Error("550 5.7.1 Sender rejected"), { responseCode: 550 }));
          const to = Array.isArray(mail.to) ? mail.to[0]!.text : (mail.to?.text ?? "");
          const header = (name: string) =>
            mail.headerLines
              .find((h) => h.key === name.toLowerCase())
              ?.line.replace(/^[^:]+:\s*/, "")
              .replace(/\r?\n\s+/g, " ");
          received.push({ to, subject: mail.subject ?? "", html: String(mail.html || ""), text: mail.text ?? "", header });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    received,
    refuse: (on: boolean) => (refuse = on),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
