/**
 * The pattern engine (re2js) and the YAML library are loaded on demand in the action
 * (readSettingsLoadingLibraries in src/config/inputs.ts loads each when an input needs it). Unit
 * tests call the readers directly, so both are loaded once before each test file. The on-demand
 * path is tested where it runs: the bundled action, in __tests__/e2e (startup.test.ts names what
 * each path loads, with and without YAML and pattern inputs).
 */
import { loadPatternEngine } from '../../src/config/user-pattern.js';
import { loadYaml } from '../../src/config/yaml-engine.js';

beforeAll(() => Promise.all([loadPatternEngine(), loadYaml()]));
