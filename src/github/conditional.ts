/**
 * Conditional GETs for polling: the first answer's ETag is sent back as If-None-Match, and a
 * `304 Not Modified` (which GitHub does not count against the rate limit) returns the cached
 * answer. One cache per poller.
 */
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';

export interface ConditionalAnswer<T> {
  data: T;
  /** True when GitHub answered 304 and the cached data was returned. */
  notModified: boolean;
}

export class ConditionalCache {
  private readonly entries = new Map<string, { etag: string; data: unknown }>();
  /** How many polls were answered 304. */
  notModified = 0;
  requests = 0;

  async get<T>(client: GitHubClient, route: string, params: Record<string, unknown>): Promise<ConditionalAnswer<T>> {
    const key = `${route} ${JSON.stringify(params)}`;
    const cached = this.entries.get(key);
    this.requests++;
    try {
      const response = await client.octokit.request(route, {
        owner: client.owner,
        repo: client.repo,
        ...params,
        headers: cached ? { 'if-none-match': cached.etag } : {}
      });
      const etag = response.headers.etag;
      if (etag) this.entries.set(key, { etag, data: response.data });
      return { data: response.data as T, notModified: false };
    } catch (error) {
      if (statusOf(error) === 304 && cached) {
        this.notModified++;
        return { data: cached.data as T, notModified: true };
      }
      throw error;
    }
  }
}
