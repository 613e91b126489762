import type { IDataObject } from 'n8n-workflow';

/*
 * The shapes telecrm's API gives or takes, loose by nature: helpers take these loose objects and
 * typed values, never an editor collection (test/nodes/helperSignatures.test.cts checks it).
 */

/** A row telecrm returned (a lead, an action, a team member, an answer), as it came. */
export type ApiRow = IDataObject;

/** A request body, or a part of one (an action, search criteria), in telecrm's documented form. */
export type ApiBody = IDataObject;

/** Field values keyed by telecrm API name (`{ phone: '+91…', rating: 4 }`), as given or sent. */
export type FieldValues = IDataObject;

/** An n8n item's json (an input item, an output item or keys added to one): loose by n8n's type. */
export type ItemJson = IDataObject;
