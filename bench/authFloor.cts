/**
 * The floor any node with a credential pays: a minimal programmatic node that creates each
 * item's lead with `this.helpers.httpRequestWithAuthentication` and the TeleCRM Sync API
 * credential, nothing else (no conversion, no checks, no retries, no timeout: `timeout: 0`,
 * as the node sets it, turns n8n's 300 s default off). It reads the credential
 * once and hands it to every request, as the TeleCRM node does, so the floor is the cheapest
 * way through n8n-core's authenticated path; items run `inFlight` at a time, as the node's
 * Items in Flight does.
 *
 * `bounded`: the floor of a node that must not read an answer past a bound (the TeleCRM node's
 * 8 MiB, docs/reliability.md): the same request with `encoding: 'stream'`, the only way n8n's
 * helper hands an answer over unread, read by its events to its end or its bound, then parsed.
 */
import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import type { Readable } from 'node:stream';

const CREDENTIAL = 'teleCrmSyncApi';

const BOUND = 8 * 1024 * 1024;

/** The body read to its end, or refused past BOUND, and parsed. */
async function readBounded(stream: Readable): Promise<IDataObject> {
	return await new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let bytes = 0;
		stream.on('data', (chunk: Buffer) => {
			bytes += chunk.length;
			if (bytes > BOUND) stream.destroy(new Error('answer too large'));
			else chunks.push(chunk);
		});
		stream.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
		stream.on('error', reject);
	});
}

const description: INodeTypeDescription = {
	displayName: 'Authenticated Floor',
	name: 'teleCrm',
	group: ['transform'],
	version: 1,
	description: 'Creates leads with httpRequestWithAuthentication only (bench floor)',
	defaults: { name: 'Authenticated Floor' },
	inputs: ['main'],
	outputs: ['main'],
	credentials: [{ name: CREDENTIAL, required: true }],
	properties: [],
};

export function authenticatedFloorNode(inFlight: number, bounded = false): INodeType {
	return {
		description,
		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			const items = this.getInputData();
			const data = await this.getCredentials<IDataObject>(CREDENTIAL);
			const auth: IAdditionalCredentialOptions = {
				credentialsDecrypted: {
					id: '1',
					name: 'TeleCRM account',
					type: CREDENTIAL,
					data: data as ICredentialDataDecryptedObject,
				},
			};
			const output: INodeExecutionData[] = new Array(items.length);
			let next = 0;
			const worker = async () => {
				while (next < items.length) {
					const item = next++;
					const res = (await this.helpers.httpRequestWithAuthentication.call(
						this,
						CREDENTIAL,
						{
							method: 'POST',
							baseURL: String(data.baseUrl),
							url: `/enterprise/${encodeURIComponent(String(data.enterpriseId))}/lead`,
							headers: { 'Content-Type': 'application/json' },
							body: { fields: items[item].json },
							json: true,
							...(bounded ? { encoding: 'stream' as const } : {}),
							returnFullResponse: true,
							ignoreHttpStatusErrors: true,
							disableFollowRedirect: true,
							// As the node: no axios timer (n8n's default would arm two per request).
							timeout: 0,
						},
						auth,
					)) as { body: IDataObject };
					const json = bounded ? await readBounded(res.body as unknown as Readable) : res.body;
					output[item] = { json, pairedItem: { item } };
				}
			};
			await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
			return [output];
		},
	};
}
