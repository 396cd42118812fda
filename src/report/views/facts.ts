/**
 * Facts about a ship that several report sections show, derived once from the record: where the
 * repository is, the versions and tags, the environment, where production answers, whether the
 * deploy began changing production. Also the small formatters both renderers share.
 */
import type { ShipRecord } from '../../ship.js';
import type { StageRecord } from '../../timeline.js';
import { productionUrlOf } from '../format.js';

export interface Facts {
  repoUrl: string;
  /** `owner/repo`, or `host/owner/repo` off github.com (as `gh --repo` takes it). */
  ghRepo: string;
  /** `--hostname host ` for `gh api` off github.com. */
  ghApiHost: string;
  environment: string;
  tagPrefix: string;
  previous: string;
  previousTag: string;
  next: string;
  tag: string;
  productionUrl?: string;
  /** The deploy began changing production (a deployment exists and the deploy was not refused). */
  deployStarted: boolean;
  deployedAt?: string;
}

/** A word safe for POSIX shells as is, or single-quoted. */
export function shq(value: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function factsOf(record: ShipRecord): Facts {
  const c = record.context;
  const s = record.settings;
  const repoUrl = c ? `${c.serverUrl.replace(/\/+$/, '')}/${c.owner}/${c.repo}` : '';
  let host = 'github.com';
  try {
    if (c) host = new URL(c.serverUrl).host;
  } catch {
    // keep github.com
  }
  const onDotCom = host === 'github.com';
  const tagPrefix = s?.tagPrefix ?? 'v';
  const previous = record.version?.previous ?? '';
  const deployStage = record.stages.find((st) => st.name === 'deploy');
  const deployStarted = Boolean(record.deploy?.deploymentId) && !record.deploy?.untouched && deployStage?.state !== 'planned';
  return {
    repoUrl,
    ghRepo: c ? (onDotCom ? `${c.owner}/${c.repo}` : `${host}/${c.owner}/${c.repo}`) : 'OWNER/REPO',
    ghApiHost: onDotCom ? '' : `--hostname ${shq(host)} `,
    environment: s?.environment ?? 'production',
    tagPrefix,
    previous,
    previousTag: previous ? `${tagPrefix}${previous}` : '',
    next: record.version?.next ?? '',
    tag: record.version?.tag ?? '',
    productionUrl: productionUrlOf(record.settings ?? {}, record.health),
    deployStarted,
    deployedAt: deployStage && deployStage.state === 'done' && record.deploy?.strategy !== 'none' ? endOf(deployStage) : undefined
  };
}

export function endOf(stage: StageRecord): string {
  return new Date(Date.parse(stage.startedAt) + stage.durationMs).toISOString();
}

/** `2025-11-02 10:15:42 UTC` from an ISO time (the input unchanged when it is not one). */
export function utc(iso: string | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A sentence from a summary line: its first letter capitalised. */
export function sentence(s: string): string {
  // `v1.4.2 was ...` and `deploy.yml ...` stay as they are: only a word is capitalised.
  return /^[a-z][a-z]*\b(?![.\-/_])/.test(s) ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function percent(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return 'n/a';
  const p = fraction * 100;
  return `${Number.isInteger(p) ? p : Number(p.toPrecision(3))}%`;
}
