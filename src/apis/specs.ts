/**
 * The hand-written spec of every API the kit mocks, relative to the package
 * root. `npm run gen` generates each one's types and operation contract into
 * src/generated/<id>/; the Node entry reads the YAML at run time, the
 * browser entry imports the generated JSON.
 */
export const SPECS = [
  { id: 'timetracker', file: 'openapi.yaml' },
  { id: 'harvest-classic', file: 'specs/harvest-classic.yaml' },
  { id: 'timecamp', file: 'specs/timecamp.yaml' },
  { id: 'coffeecup', file: 'specs/coffeecup.yaml' },
] as const;

export type ApiId = (typeof SPECS)[number]['id'];
