import nx from '@nx/eslint-plugin';

// Frameworks and I/O a pure layer (domain, kernel, contracts) must never import.
const IMPURE = [
  '@nestjs/*',
  'express',
  'mongoose',
  'kafkajs',
  'better-sqlite3',
  '@kurrent/*',
  'jose',
  'nestjs-pino',
  'pino',
  'fs',
  'node:fs',
  'node:child_process',
  'node:net',
  'node:http',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/data',
      '**/tmp',
      '**/coverage',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:kernel',
              onlyDependOnLibsWithTags: ['type:kernel'],
              bannedExternalImports: IMPURE,
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:kernel', 'type:contracts'],
              bannedExternalImports: IMPURE,
            },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:kernel'],
              bannedExternalImports: IMPURE.filter((name) => name !== '@nestjs/*'),
            },
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:platform', 'type:kernel', 'type:contracts'],
            },
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:platform',
                'type:kernel',
                'type:contracts',
              ],
            },
            {
              sourceTag: 'type:system-test',
              onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:platform'],
            },
            // One context never reaches into another's libraries: only contracts cross.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...['planning', 'inspection', 'clue', 'rectification', 'query'].map((context) => ({
              sourceTag: `scope:${context}`,
              onlyDependOnLibsWithTags: [`scope:${context}`, 'scope:shared'],
            })),
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Used after a check the compiler cannot follow (SQLite aggregates, map lookups).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
];
