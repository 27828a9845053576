// What the rest of the platform needs: the document to serve, and the header names to check it by.
export { buildAsyncApiDocument, DEAD_LETTER_MESSAGE, type AsyncApiChannel, type AsyncApiDocument, type AsyncApiMessage } from './asyncapi-document';
export { CLOUD_EVENT_HEADER_NAMES, DEAD_LETTER_HEADER_NAMES } from './cloud-event-headers';
