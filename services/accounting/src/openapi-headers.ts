/**
 * Response headers accounting's routes set, as the OpenAPI document declares them: the ETag of a
 * read of a stream (the If-Match of the next change) and the Location of an import's report.
 */
export const ETAG_HEADER = {
  ETag: { description: 'The stream revision, quoted (RFC 9110): send it as If-Match with the next change', schema: { type: 'string', example: '"3"' } },
};

export const LOCATION_HEADER = {
  Location: { description: "Where the import's report stays readable", schema: { type: 'string', example: '/api/accounting/imports/0192f0c4-7a5e-7c1d-9a4e-2f7b5c3d1e0f' } },
};
