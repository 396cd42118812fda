/** The health-check core: probes, waiting for healthy, the monitoring window, metric sources. */
export * from './probe.js';
export * from './rounds.js';
export * from './window.js';
export * from './metrics.js';
