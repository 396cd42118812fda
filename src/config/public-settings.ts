/**
 * The settings as the report may show them: no token, header and deploy-inputs values replaced
 * by `***`, webhook URLs by their names (`webhook 1`).
 */
import { webhookName } from '../notify/settings.js';
import type { HealthCheckSpec } from '../verify/check-spec.js';
import { hideValues } from './secrets.js';
import type { Settings } from './settings.js';

const hideHeaders = (checks: HealthCheckSpec[]): HealthCheckSpec[] => checks.map((c) => ({ ...c, headers: hideValues(c.headers) }));

export function publicSettings(settings: Settings): Omit<Settings, 'token'> {
  const { token: _token, ...rest } = settings;
  return {
    ...rest,
    deploy: { ...rest.deploy, inputs: hideValues(rest.deploy.inputs) },
    health: { ...rest.health, checks: hideHeaders(rest.health.checks) },
    monitor: { ...rest.monitor, ...(rest.monitor.metrics ? { metrics: rest.monitor.metrics.map((m) => ({ ...m, ...(m.headers ? { headers: hideValues(m.headers) } : {}) })) } : {}) },
    ...(rest.progressive ? { progressive: { ...rest.progressive, smokeChecks: hideHeaders(rest.progressive.smokeChecks) } } : {}),
    ...(rest.notify ? { notify: { webhooks: rest.notify.webhooks.map((_, i) => webhookName(i)) } } : {}),
    ...(rest.analysis ? { analysis: { ...rest.analysis, baselineChecks: hideHeaders(rest.analysis.baselineChecks) } } : {}),
    ...(rest.waves
      ? {
          waves: {
            ...rest.waves,
            list: rest.waves.list.map((wave) => ({
              ...wave,
              environments: wave.environments.map((e) => ({ ...e, checks: hideHeaders(e.checks), smokeChecks: hideHeaders(e.smokeChecks), deployInputs: hideValues(e.deployInputs) }))
            }))
          }
        }
      : {})
  };
}
