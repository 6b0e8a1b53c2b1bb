import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { configs as tseslintConfigs } from 'typescript-eslint';

const root = import.meta.dirname;

// Every folder under src/features is a feature, so a new one is fenced in without touching this file.
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The layers, bulletproof-react style (STYLE.md, docs/architecture.md): src/app composes the features
// (router, the project page's tabs and actions); a feature imports only itself and the shared code;
// the shared code (components, lib, config) imports no feature and not the app.
const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'No feature imports another: compose them in src/app, or move what both need below src/features.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'The app layer composes the features; a feature does not import it.',
  },
  {
    target: ['./src/components', './src/lib', './src/config', './src/testing'],
    from: './src/features',
    message: 'Shared code sits below the features and imports none of them.',
  },
  {
    // src/testing is left out: its render() wraps a component in the app's providers.
    target: ['./src/components', './src/lib', './src/config'],
    from: './src/app',
    message: 'Shared code sits below the app layer and does not import it.',
  },
];

export default defineConfig([
  globalIgnores(['dist']),
  {
    files: ['**/*.{js,ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslintConfigs.recommended,
      importX.flatConfigs.recommended,
      importX.flatConfigs.typescript,
    ],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    settings: {
      // Resolves the `@/` alias (tsconfig.app.json's paths, vite.config.ts's resolve.alias) for import-x.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: {
      // tsc -b already checks namespace members; this rule parses every imported package and doubled lint time.
      'import-x/namespace': 'off',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaries }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  // Last: Prettier owns formatting, so no ESLint rule argues with it.
  prettier,
]);
