import { createReadStream, type ReadStream } from 'node:fs';
import { GraphQLError, GraphQLScalarType } from 'graphql';

/**
 * A file of a multipart request (GraphQL multipart request spec), as a resolver receives it:
 * already received in full, within the limits, and written to a temporary file that is removed
 * once the request is answered. Its bytes are read back from disk as a stream (`open`), as often
 * as needed (a retried upstream call reads it again), so no file is ever held in memory.
 */
export class UploadedFile {
  constructor(
    /** The file name the client gave its part (`filename` in Content-Disposition). */
    readonly filename: string,
    /** The part's media type (`application/octet-stream` when the client gave none). */
    readonly mimetype: string,
    readonly size: number,
    /** SHA-256 of the bytes, hex. */
    readonly sha256: string,
    /** Where the bytes are on disk (inside the server's temporary directory). */
    readonly path: string,
    /** Where the spec's `map` put it: `variables.attachments.0.file`. */
    readonly variablePath: string,
  ) {}

  open(): ReadStream {
    return createReadStream(this.path);
  }
}

/**
 * The spec's `Upload` scalar (what Apollo Client's upload link, urql and other spec clients
 * fill in): only a file part of a multipart request can be its value. A string or a literal in
 * the document is refused with a message that says how to send a file.
 */
export const GraphQLUpload = new GraphQLScalarType<UploadedFile, never>({
  name: 'Upload',
  description:
    'A file, sent as a part of a multipart request by the GraphQL multipart request spec (https://github.com/jaydenseric/graphql-multipart-request-spec): Apollo Client with apollo-upload-client, urql and most GraphQL clients send File and Blob variables this way. Multipart requests need a header that forces a CORS preflight (Authorization, or Apollo-Require-Preflight: true).',
  parseValue(value) {
    if (value instanceof UploadedFile) return value;
    throw new GraphQLError('Upload value invalid: send the file as a part of a multipart request (GraphQL multipart request spec), not as a JSON value');
  },
  parseLiteral() {
    throw new GraphQLError('Upload literal unsupported: an Upload is a variable filled by a file part of a multipart request');
  },
  serialize() {
    throw new GraphQLError('Upload is an input type only');
  },
});
