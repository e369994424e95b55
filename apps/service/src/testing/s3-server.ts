import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { s3ClientFromConfig } from '../adapters/s3-storage';

/**
 * A real S3-compatible server for tests: s3rver (an npm package, plain Node: nothing to install
 * on the machine), on a free port of 127.0.0.1, its objects in a temporary directory. It checks
 * SigV4 signatures with its fixed credentials, so the service's client signs as it would at AWS.
 *
 * What it does not implement: AbortMultipartUpload (it answers 405) and listing multipart
 * uploads; `requests` records what was sent, so a test can see the abort asked for.
 */
export interface S3TestServer {
  readonly endpoint: string;
  readonly bucket: string;
  /** `ATTACHMENTS=s3` and the `S3_*` variables that point the service at this server. */
  readonly env: Readonly<Record<string, string>>;
  /** Every request the server received, as `METHOD /path?query`, oldest first. */
  readonly requests: readonly string[];
  /** A client of the bucket with the server's credentials (to look at what is in it). */
  readonly client: S3Client;
  /** The keys of the objects in the bucket, sorted. */
  keys(): Promise<string[]>;
  /** An object's bytes, or null when there is none under `key`. */
  bytes(key: string): Promise<Buffer | null>;
  /** Stops the server and deletes its directory; calling it again does nothing. */
  stop(): Promise<void>;
}

/** s3rver's fixed pair (it accepts no other). */
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startS3Server(
  options: { bucket?: string; keyPrefix?: string } = {},
): Promise<S3TestServer> {
  const bucket = options.bucket ?? 'seller-support-test';
  const directory = await mkdtemp(path.join(tmpdir(), 's3-test-'));
  const s3rver = new S3rver({ silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  await s3rver.configureBuckets();
  const requests: string[] = [];
  const handle = s3rver.callback();
  const server = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    handle(request, response);
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address: AddressInfo | string | null = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = s3ClientFromConfig({
    endpoint,
    region: 'us-east-1',
    bucket,
    credentials,
    forcePathStyle: true,
    keyPrefix: '',
  });
  let stopped = false;
  return {
    endpoint,
    bucket,
    requests,
    client,
    env: {
      ATTACHMENTS: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'on',
      ...(options.keyPrefix === undefined ? {} : { S3_KEY_PREFIX: options.keyPrefix }),
    },
    async keys() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (listed.Contents ?? []).flatMap((item) => (item.Key === undefined ? [] : [item.Key])).sort();
    },
    async bytes(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return object.Body === undefined ? null : Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (error instanceof Error && error.name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      client.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      await rm(directory, { recursive: true, force: true });
    },
  };
}
