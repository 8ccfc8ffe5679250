// Rich response messages are checked where they come in (intent writes, webhook answers): the query answer is
// serialised through the `apiai.ResponseMessage` schema, which knows the message types of docs/protocols/apiai.md §4.
import { ApiaiResponseMessage } from '@parley/protocol-types';
import { Compile } from 'typebox/compile';

const responseMessage = Compile(ApiaiResponseMessage);

/** Whether `value` is an api.ai response message (type 0–4 or an Actions-on-Google type, its fields as listed). */
export const isResponseMessage = (value: unknown): value is ApiaiResponseMessage => responseMessage.Check(value);
