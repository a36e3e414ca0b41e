// class-transformer keeps its metadata storage out of its public entry point; the JSON Schema
// generator needs it to resolve @Type() of nested classes.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
