/**
 * Response headers governance's routes set, as the OpenAPI document declares them: the ETag
 * every read and command answers with (its If-Match for the next change) and the Location of what
 * a POST created.
 */
export const ETAG_HEADER = {
  ETag: { description: 'The stream revision, quoted (RFC 9110): send it as If-Match with the next change', schema: { type: 'string', example: '"3"' } },
};

export const LOCATION_HEADER = {
  Location: { description: 'The path of the resource created', schema: { type: 'string' } },
};
