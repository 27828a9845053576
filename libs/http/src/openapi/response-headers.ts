/**
 * Response headers the services' routes set, as their OpenAPI documents declare them: the ETag
 * every read and command on a stream answers with (its If-Match for the next change) and the
 * Location of what a POST created.
 */
export const ETAG_HEADER = {
  ETag: { description: 'The stream revision, quoted (RFC 9110): send it as If-Match with the next change', schema: { type: 'string', example: '"3"' } },
};

/** The Location header, with a route's own description and example where it says more. */
export function locationHeader(description = 'The path of the resource created', example?: string) {
  return { Location: { description, schema: { type: 'string', ...(example === undefined ? {} : { example }) } } };
}

export const LOCATION_HEADER = locationHeader();
