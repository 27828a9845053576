// What the rest of the platform needs: the document to serve, and the header names to check it by.
export { buildAsyncApiDocument, type AsyncApiChannel, type AsyncApiDocument, type AsyncApiMessage } from './asyncapi-document';
export { CLOUD_EVENT_HEADER_NAMES } from './cloud-event-headers';
