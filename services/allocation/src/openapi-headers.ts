/**
 * Response headers allocation's routes set, as the OpenAPI document declares them: the ETag of
 * every read and command on a stream (the If-Match of the next change) and the Location of what a
 * POST created.
 */
export const ETAG_HEADER = {
  ETag: { description: 'The stream revision, quoted (RFC 9110): send it as If-Match with the next change', schema: { type: 'string', example: '"3"' } },
};

export const LOCATION_HEADER = {
  Location: { description: 'The path of the resource created', schema: { type: 'string', example: '/api/allocation/calls/0192f0c4-7a5e-7c1d-9a4e-2f7b5c3d1e0f' } },
};
