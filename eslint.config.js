import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'sandbox/openapi/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error'
    }
  },
  {
    files: ['sandbox/**', 'scripts/**', '__tests__/**', '*.js'],
    rules: { 'no-console': 'off' }
  },
  {
    // yaml's code comes only through src/config/yaml-engine.ts, which loads it on demand: its node
    // guards are right only while no other module can make a YAML node (types are imported freely).
    files: ['src/**/*.ts'],
    ignores: ['src/config/yaml-engine.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'yaml', message: 'Take yaml from src/config/yaml-engine.ts (loadYaml, yamlLibrary and the guards).', allowTypeImports: true }] }
      ]
    }
  }
);
