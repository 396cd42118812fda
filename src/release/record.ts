/** The release stage's part of the ship record: the release commit, the tag and the release. */
export interface ReleaseRecord {
  commitSha?: string;
  tagSha?: string;
  releaseId?: number;
  releaseUrl?: string;
  draft?: boolean;
  reused: string[];
}
