import type { IExecuteFunctions } from 'n8n-workflow';

import { InvalidValueError } from './errors';
import { ACCEPTED, toWireValue } from './valueConversion';

/** The member's email, checked before it goes into a URL. */
export function memberEmail(this: IExecuteFunctions, itemIndex: number): string {
	const locator = this.getNodeParameter('member', itemIndex) as { value: unknown };
	const email = toWireValue({ apiName: 'Team Member', type: 'EMAIL' }, locator.value);
	if (email === undefined)
		throw new InvalidValueError('Team Member', locator.value, ACCEPTED.email);
	return email as string;
}
