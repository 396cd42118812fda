/**
 * From the settings to watchWindow's analysis options: the samples each series needs, and the
 * new/old pairs (smoke-checks beside baseline-checks) with the version each must report. Pure.
 */
import type { Settings } from '../../config/settings.js';
import type { ComparedChecks } from './conclude.js';

export function analysisOptions(
  settings: Pick<Settings, 'analysis' | 'progressive'>,
  version: { next: string; previous: string } | undefined
): { minSamples?: number; compare?: ComparedChecks } {
  const a = settings.analysis;
  if (!a) return {};
  const newChecks = settings.progressive?.smokeChecks ?? [];
  if (a.baselineChecks.length === 0 || newChecks.length !== a.baselineChecks.length) return { minSamples: a.minSamples };
  const compare: ComparedChecks = { newChecks, oldChecks: a.baselineChecks };
  if (version?.next) compare.newVersion = version.next;
  if (version?.previous) compare.oldVersion = version.previous;
  return { minSamples: a.minSamples, compare };
}
