// class-transformer ships its metadata storage without a declaration beside the CommonJS file;
// class-validator-jsonschema needs it to follow @Type(() => Nested) into arrays.
declare module 'class-transformer/cjs/storage' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
  export const defaultMetadataStorage: MetadataStorage;
}
