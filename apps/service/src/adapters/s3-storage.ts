import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertStorageKey, type AttachmentStorage } from './attachment-storage';

/** Where and how to reach the bucket (`ATTACHMENTS=s3` and the `S3_*` variables, see README). */
export interface S3StorageConfig {
  /** An S3-compatible server's URL (MinIO, Ceph, R2…); null: AWS S3 itself, by region. */
  endpoint: string | null;
  region: string;
  bucket: string;
  /** Null: the SDK's own chain (AWS_* variables, a profile, the instance's or task's role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  /** `bucket` in the path rather than in the host name, as most self-hosted servers need. */
  forcePathStyle: boolean;
  /** Put before every object key, e.g. `seller-support/attachments/`. */
  keyPrefix: string;
}

export interface S3StorageOptions {
  /** Instead of one built from the configuration (tests watch the requests it sends). */
  client?: S3Client;
  /**
   * Told when a failed upload's parts could not be discarded: they stay in the bucket, invisible
   * and billed, until the bucket's lifecycle rule for incomplete multipart uploads removes them.
   */
  onAbandonedParts?: (error: unknown, objectKey: string) => void;
}

/**
 * S3 takes parts of at least 5 MiB (all but the last). An upload holds at most one part in memory:
 * a file up to this size goes up in one PUT, a larger one part by part as it arrives.
 */
export const s3PartBytes = 5 * 1024 * 1024;
const readyTimeoutMs = 3_000;

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

/** An S3 error for a key or bucket that is not there (`NoSuchKey`, or a bare 404 to a HEAD). */
function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || statusOf(error) === 404)
  );
}

export function s3ClientFromConfig(config: S3StorageConfig): S3Client {
  // The SDK warns on Node 20 that its releases after early 2027 need Node 22; the pinned release
  // runs here, and README says so once instead of a warning on every start (the SDK's own opt-out).
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  return new S3Client({
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    ...(config.endpoint === null ? {} : { endpoint: config.endpoint }),
    ...(config.credentials === null ? {} : { credentials: config.credentials }),
    // Checksums only where S3 requires them: the SDK's default (a CRC trailer on every upload,
    // sent as `aws-chunked`) is refused by many S3-compatible servers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A store that does not answer must not hold a seller's request (or /readyz) for minutes;
    // the socket timeout is per inactivity, so a long download that keeps flowing is not cut.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
}

/**
 * Attachments as objects in an S3-compatible bucket. `write` streams: the content goes up as it
 * arrives, in one PUT when it fits in one part, else as a multipart upload that becomes visible
 * only when completed, and is aborted when the content fails (too large, the client gone).
 */
export class S3Storage implements AttachmentStorage {
  readonly #client: S3Client;
  readonly #config: S3StorageConfig;
  readonly #onAbandonedParts: (error: unknown, objectKey: string) => void;

  constructor(config: S3StorageConfig, options: S3StorageOptions = {}) {
    this.#config = config;
    this.#client = options.client ?? s3ClientFromConfig(config);
    this.#onAbandonedParts = options.onAbandonedParts ?? (() => undefined);
  }

  /** The object's key: the prefix and the storage key, which is random and names nothing of the file. */
  #objectKey(key: string): string {
    assertStorageKey(key);
    return `${this.#config.keyPrefix}${key}`;
  }

  /**
   * Checked at start, so that a wrong bucket, endpoint or key stops the service with a message
   * instead of failing every upload later.
   */
  async verify(): Promise<void> {
    const { bucket, endpoint, region } = this.#config;
    const where = `S3 bucket "${bucket}" at ${endpoint ?? `AWS S3 (${region})`}`;
    try {
      await this.#client.send(new HeadBucketCommand({ Bucket: bucket }), {
        abortSignal: AbortSignal.timeout(readyTimeoutMs * 3),
      });
    } catch (error) {
      const status = statusOf(error);
      const reason =
        status === 404
          ? 'there is no such bucket (S3_BUCKET)'
          : status === 403 || status === 401
            ? 'access denied (S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, or the bucket policy)'
            : status === 301 || status === 400
              ? 'the bucket is not in this region or at this endpoint (S3_REGION, S3_ENDPOINT, S3_FORCE_PATH_STYLE)'
              : `unreachable (${error instanceof Error ? error.message || error.name : String(error)}; S3_ENDPOINT)`;
      throw new Error(`${where}: ${reason}`, { cause: error });
    }
  }

  async write(key: string, content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void> {
    const objectKey = this.#objectKey(key);
    // The content's own failure (a 413 thrown as it arrives, a reset upload) is what the caller
    // must see, not what the SDK makes of it.
    const failure: { error?: unknown } = {};
    async function* watched(): AsyncGenerator<Uint8Array> {
      try {
        for await (const chunk of content) yield chunk;
      } catch (error) {
        failure.error = error;
        throw error;
      }
    }
    const upload = new Upload({
      client: this.#client,
      params: {
        Bucket: this.#config.bucket,
        Key: objectKey,
        Body: Readable.from(watched(), { objectMode: false }),
        ContentType: 'application/octet-stream',
      },
      partSize: s3PartBytes,
      // One part in flight at a time: memory per upload stays at one part, and the files the
      // policy allows (megabytes) gain little from parallel parts.
      queueSize: 1,
    });
    try {
      await upload.done();
    } catch (error) {
      if (!('error' in failure)) throw error;
      // The SDK aborts the multipart upload before it rethrows; an error other than the content's
      // own is that abort failing.
      if (error !== failure.error) this.#onAbandonedParts(error, objectKey);
      throw failure.error;
    }
  }

  async read(key: string): Promise<{ size: number; stream: Readable } | null> {
    const objectKey = this.#objectKey(key);
    try {
      const object = await this.#client.send(
        new GetObjectCommand({ Bucket: this.#config.bucket, Key: objectKey }),
      );
      const body = object.Body;
      if (!(body instanceof Readable) || object.ContentLength === undefined) {
        if (body instanceof Readable) body.destroy();
        throw new Error(`S3 answered GET ${objectKey} without a body stream or its length`);
      }
      return { size: object.ContentLength, stream: body };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.#client.send(
      new DeleteObjectCommand({ Bucket: this.#config.bucket, Key: this.#objectKey(key) }),
    );
  }

  /** Whether the bucket answers, within a few seconds (for /readyz). */
  async ready(): Promise<boolean> {
    try {
      await this.#client.send(new HeadBucketCommand({ Bucket: this.#config.bucket }), {
        abortSignal: AbortSignal.timeout(readyTimeoutMs),
      });
      return true;
    } catch {
      return false;
    }
  }

  /** Closes the client's idle connections (on the service's stop). */
  close(): void {
    this.#client.destroy();
  }
}
