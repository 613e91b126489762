/** A real SMTP server on loopback (no TLS, no login) that keeps every message it receives. */
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	/** The envelope's recipients, as the client sent them (RCPT TO). */
	recipients: string[];
	raw: string;
	parsed: ParsedMail;
}

export class SmtpSink {
	readonly received: ReceivedMail[] = [];
	private readonly server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData: (stream, session, callback) => {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				simpleParser(raw)
					.then((parsed) => {
						const recipients = session.envelope.rcptTo.map((r) => r.address);
						this.received.push({ recipients, raw, parsed });
						callback();
					})
					.catch((error: Error) => callback(error));
			});
		},
	});

	async start(): Promise<{ host: string; port: number }> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		const { port } = this.server.server.address() as AddressInfo;
		return { host: '127.0.0.1', port };
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}
