/**
 * The import rules of the tree (README, Architecture), checked by `npm run lint:deps` and so by
 * `npm test`. Layers, bottom up: foundation < schemas < engine, adapters < actors < gateway <
 * supervisors. A folder may import its own layer and the ones below, never one above.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const SRC = '^(foundation|schemas|engine|adapters|actors|gateway|supervisors|cli|bench|ops)/';

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders import each other in one direction only: a cycle between folders means two concepts are one, or one is in the wrong place.',
      scope: 'folder',
      from: { path: SRC },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment: 'Modules import each other in one direction only.',
      from: { path: SRC },
      to: { circular: true },
    },
    {
      name: 'foundation-is-the-bottom',
      severity: 'error',
      comment: 'foundation/ (config, logger, metrics registry, secrets, restart intensity) imports nothing of the project above it.',
      from: { path: '^foundation/' },
      to: { path: '^(schemas|engine|adapters|actors|gateway|supervisors|cli|bench|ops|test)/' },
    },
    {
      name: 'schemas-import-only-foundation',
      severity: 'error',
      comment: 'schemas/ (wire shapes, domain rows, document types, errors) imports only foundation/: adapters implement its types, not the other way round.',
      from: { path: '^schemas/' },
      to: { path: '^(engine|adapters|actors|gateway|supervisors|cli|bench|ops|test)/' },
    },
    {
      name: 'engine-imports-only-schemas-and-foundation',
      severity: 'error',
      comment: 'engine/ is pure extraction: text and pixels in, results out. It knows no database, broker, actor or HTTP.',
      from: { path: '^engine/' },
      to: { path: '^(adapters|actors|gateway|supervisors|cli|bench|ops|test)/' },
    },
    {
      name: 'engine-parse-is-the-engine-bottom',
      severity: 'error',
      comment: 'engine/parse holds the shared text patterns (amounts, dates, currencies, labels) every other engine folder reads; it imports none of them.',
      from: { path: '^engine/parse/' },
      to: { path: '^engine/(classify|extract|derive|read|einvoice|vlm)/|^engine/(pipeline|index)\\.ts$' },
    },
    {
      name: 'classifier-reads-no-extraction',
      severity: 'error',
      comment: 'The classifier decides the type before any field is extracted: it reads engine/parse, never the field rules (a pattern both need moves to engine/parse).',
      from: { path: '^engine/classify/' },
      to: { path: '^engine/(extract|derive|einvoice|vlm)/' },
    },
    {
      name: 'engine-internals-are-private',
      severity: 'error',
      comment: 'Outside engine/, only its public door engine/index.ts may be imported (tests and benches excepted).',
      from: { path: '^(foundation|schemas|adapters|actors|gateway|supervisors|cli|ops)/' },
      to: { path: '^engine/', pathNot: '^engine/index\\.ts$' },
    },
    {
      name: 'adapters-import-no-higher-layer',
      severity: 'error',
      comment: 'adapters/ (db, blob, transport) implement the schemas for real services; they know no engine, actor, gateway or supervisor.',
      from: { path: '^adapters/' },
      to: { path: '^(engine|actors|gateway|supervisors|cli|bench|ops|test)/' },
    },
    {
      name: 'actors-import-no-higher-layer',
      severity: 'error',
      comment: 'actors/ drive the engine and adapters; the gateway and supervisors use them, never the reverse.',
      from: { path: '^actors/' },
      to: { path: '^(gateway|supervisors|cli|bench|ops|test)/' },
    },
    {
      name: 'gateway-imports-no-supervisor',
      severity: 'error',
      comment: 'The gateway is started by the supervisors; it does not import them.',
      from: { path: '^gateway/' },
      to: { path: '^(supervisors|cli|bench|ops|test)/' },
    },
    {
      name: 'cli-is-a-client',
      severity: 'error',
      comment: 'cli/ talks to the service over HTTP and WebSocket only; it may share schemas/ and foundation/, never the service itself.',
      from: { path: '^cli/' },
      to: { path: '^(engine|adapters|actors|gateway|supervisors|bench|ops|test)/' },
    },
    {
      name: 'only-actors-speak-nact',
      severity: 'error',
      comment: 'Actor protocols (nact spawn, dispatch, query) stay inside actors/; the others call the public functions actors/ exports.',
      from: { path: '^(foundation|schemas|engine|adapters|gateway|supervisors|cli|bench|ops)/' },
      to: { path: '(^|/)node_modules/nact/' },
    },
    {
      name: 'gateway-reaches-actors-through-public-functions',
      severity: 'error',
      comment: 'The gateway reaches actors/ only through interfaces that carry no message protocol (request watch, sessions, document engine): it never dispatches to an actor, so it never sees one.',
      from: { path: '^gateway/' },
      to: { path: '^actors/', pathNot: '^actors/(request/request-watch|session/sessions|extraction/document-engine)\\.ts$' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing dependency. The web page\'s browser modules (gateway/web/public/) also import what the gateway serves under /app/ (pdf.js, the TOON codec): URLs, not files.',
      from: { path: SRC },
      to: { couldNotResolve: true, pathNot: '^/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
