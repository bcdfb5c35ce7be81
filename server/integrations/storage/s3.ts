// S3-compatible storage (AWS S3, MinIO, Yandex Object Storage …): what several replicas share.
// Uploads stream with a known length (one PutObject, no buffering); downloads stream the body.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { Readable } from "node:stream";
import type { StorageConfig } from "./config.js";
import { assertStorageKey, type FileStorage } from "./port.js";

export function createS3Storage(cfg: StorageConfig["s3"]): FileStorage {
  const client = new S3Client({
    region: cfg.region,
    endpoint: cfg.endpoint,
    forcePathStyle: cfg.forcePathStyle,
    credentials: cfg.accessKeyId && cfg.secretAccessKey ? { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey } : undefined,
    // Default CRC checksums send a streamed body as aws-chunked with trailers, which several
    // S3-compatible services reject; send plain bodies with Content-Length instead.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const keyOf = (key: string) => {
    assertStorageKey(key);
    return `${cfg.prefix}${key}`;
  };
  return {
    kind: "s3",
    async put(key, body, meta) {
      await client.send(new PutObjectCommand({ Bucket: cfg.bucket, Key: keyOf(key), Body: body, ContentLength: meta.size, ContentType: meta.contentType }));
    },
    async get(key) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: cfg.bucket, Key: keyOf(key) }));
        if (!res.Body) return null;
        return { body: res.Body as Readable, size: Number(res.ContentLength ?? 0) };
      } catch (err) {
        if (err instanceof S3ServiceException && (err.name === "NoSuchKey" || err.$metadata?.httpStatusCode === 404)) return null;
        throw err;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: cfg.bucket, Key: keyOf(key) }));
    },
  };
}
