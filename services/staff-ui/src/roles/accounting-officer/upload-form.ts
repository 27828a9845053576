export interface UploadFormValues {
  siteId: string;
  system: string;
  timeZone: string;
  file: File | null;
}

/** The upload form's paths: the API names its query parameters so in its problem+json. */
export const UPLOAD_FIELDS = ['siteId', 'system', 'timeZone', 'file'] as const;

export function uploadValidators(required: string, fileRequired: string) {
  return {
    siteId: (value: string) => (value.trim() === '' ? required : null),
    system: (value: string) => (value.trim() === '' ? required : null),
    file: (value: File | null) => (value === null ? fileRequired : null),
  };
}
