/** The release stage's part of the ship record: the release commit, the tag and the release. */
export interface ReleaseRecord {
  commitSha?: string;
  tagSha?: string;
  releaseId?: number;
  releaseUrl?: string;
  draft?: boolean;
  reused: string[];
  /** The pull request that brings the release commit back into a branch that could not take it. */
  mergeBack?: { number: number; url: string; branch: string; action: 'opened' | 'updated' | 'found' | 'left' };
}
