/** The importable workflows in examples/, as the demo, dev and e2e read them. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const EXAMPLES = [
	'form-to-lead',
	'form-to-lead-queued',
	'pipeline-report',
	'agent-tools',
	'new-lead-notify',
	'csv-import',
] as const;

/** The credential ID the examples' TeleCRM nodes refer to. */
export const EXAMPLE_CREDENTIAL_ID = 'teleCrmSandbox';

/** The Async credential the queued example refers to. */
export const EXAMPLE_ASYNC_CREDENTIAL_ID = 'teleCrmSandboxAsync';

/** The SMTP credential the pipeline report's Send Email node refers to. */
export const EXAMPLE_SMTP_CREDENTIAL_ID = 'telecrmReportSmtp';

interface ExampleNode {
	name: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
}

export interface ExampleWorkflow {
	id: string;
	nodes: ExampleNode[];
}

export function readExample(name: string): ExampleWorkflow {
	return JSON.parse(
		fs.readFileSync(path.join(process.cwd(), 'examples', `${name}.json`), 'utf8'),
	) as ExampleWorkflow;
}
