/** What a push reports as it goes: for progress bars and CI lines (bytes sent per blob). */
export type PushEvent =
  | { type: 'blob'; digest: string; size: number; state: 'exists' | 'mounted' | 'uploading' | 'uploaded'; from?: string }
  | { type: 'progress'; digest: string; sent: number; size: number }
  | { type: 'restart'; digest: string; attempt: number; reason: string }
  | { type: 'manifest'; digest: string; tag: string }
  | { type: 'up-to-date'; digest: string };

export interface PushOutcome {
  /** digest of the manifest the tag now points at */
  digest: string;
  size: number;
  status: 'pushed' | 'up-to-date';
  uploaded: string[];
  skipped: string[];
  mounted: string[];
  /** bytes of the blobs this push stored (each blob once; bytes of failed attempts are not counted) */
  bytesUploaded: number;
  /** the digest the tag pointed at before a forced push replaced it */
  replaced?: string;
}
