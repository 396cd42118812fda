/** The version stage's part of the ship record. */
export interface VersionRecord {
  previous: string;
  next: string;
  tag: string;
  rule: string;
  changelogSection: string;
  /** Committer date of the oldest commit since the previous release (for the DORA lead time). */
  oldestCommitAt?: string;
}
