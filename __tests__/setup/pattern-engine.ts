/**
 * The pattern engine (re2js) is loaded on demand in the action (src/config/user-pattern.ts:
 * readSettingsLoadingPatterns loads it when an input holds a pattern). Unit tests call the
 * readers directly, so it is loaded once before each test file. The on-demand path is tested
 * where it runs: the bundled action, in __tests__/e2e/startup.test.ts and patterns.test.ts.
 */
import { loadPatternEngine } from '../../src/config/user-pattern.js';

beforeAll(() => loadPatternEngine());
