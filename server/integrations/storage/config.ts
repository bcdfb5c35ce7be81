// Storage settings from the environment (read by server/config.ts).
import os from "node:os";
import path from "node:path";

export interface StorageConfig {
  /** "local" (default): files in `dir`; "s3": an S3-compatible bucket, for several replicas. */
  driver: "local" | "s3";
  /** STORAGE_DIR, default <DATA_DIR>/files. */
  dir: string;
  /** Where multipart uploads are spooled while a request is parsed (UPLOAD_TMP_DIR). */
  tmpDir: string;
  s3: {
    bucket: string;
    /** S3_ENDPOINT for S3-compatible services (MinIO, Yandex Object Storage …); AWS when unset. */
    endpoint?: string;
    region: string;
    accessKeyId?: string;
    secretAccessKey?: string;
    /** Path-style URLs (bucket in the path): what most S3-compatible services expect. */
    forcePathStyle: boolean;
    /** Key prefix inside the bucket, e.g. "kabinet/". */
    prefix: string;
  };
}

export function storageConfig(env: NodeJS.ProcessEnv, dataDir: string): StorageConfig {
  const driver = env.STORAGE_DRIVER === "s3" ? "s3" : "local";
  const bucket = env.S3_BUCKET ?? "";
  if (driver === "s3" && !bucket) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET");
  return {
    driver,
    dir: path.resolve(env.STORAGE_DIR || path.join(dataDir, "files")),
    tmpDir: path.resolve(env.UPLOAD_TMP_DIR || path.join(os.tmpdir(), "kabinet-uploads")),
    s3: {
      bucket,
      endpoint: env.S3_ENDPOINT || undefined,
      region: env.S3_REGION || "us-east-1",
      accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
      forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE !== "false" : !!env.S3_ENDPOINT,
      prefix: env.S3_PREFIX ?? "",
    },
  };
}
