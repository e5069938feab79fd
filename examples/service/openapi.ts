/**
 * The example service's OpenAPI 3.1 document, generated from the package's JSON Schemas: every schema
 * becomes a component (its `$defs` are the other components, so `#/$defs/X` becomes
 * `#/components/schemas/X`), and the paths name them. OpenAPI 3.1 speaks JSON Schema 2020-12, the
 * dialect of the schemas, so nothing is translated. Served at `GET /openapi.json`.
 */
type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Rewrites `#/$defs/X` references to components, at any depth. */
function toComponentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toComponentRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Json).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/components/schemas/${v.slice('#/$defs/'.length)}` : toComponentRefs(v)]),
  );
}

/** Shapes of the service's own answers (the SDK's TypeScript types without a zod schema are described, not generated). */
const serviceSchemas: Record<string, Json> = {
  Issue: {
    type: 'object',
    description: "A typed issue of the SDK (see docs/issues.md): a stable `code`, the `path` into the input, its parameters, and `message` in the language asked (`?lang=en`, Polish by default).",
    required: ['code', 'path', 'message'],
    properties: { code: { type: 'string' }, path: { type: 'array', items: { type: ['string', 'integer'] } }, message: { type: 'string' } },
  },
  Issues: { type: 'object', required: ['issues'], properties: { issues: { type: 'array', items: ref('Issue') } } },
  Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
  Appended: { type: 'object', required: ['version', 'stage'], properties: { version: { type: 'integer', minimum: 1 }, stage: ref('Stage') } },
  Duplicate: { type: 'object', required: ['version', 'duplicate'], properties: { version: { type: 'integer', minimum: 1 }, duplicate: { const: true } } },
  Conflict: { type: 'object', required: ['conflict', 'currentVersion'], properties: { conflict: { enum: ['version', 'eventId'] }, currentVersion: { type: 'integer', minimum: 0 } } },
  AgendaItem: {
    type: 'object',
    description: 'One thing due on a case (the TypeScript type `AgendaItem`): what, about which part of the case, by when, how many days late (negative: days left), who must act and why.',
    required: ['kind', 'caseId', 'subjectId', 'dueOn', 'daysLate', 'responsibleIds', 'basis'],
    properties: {
      kind: { enum: ['interviewUpdate', 'actionDeadline', 'meeting', 'contractReview', 'decision', 'hearingAnswer'] },
      caseId: { type: 'string' },
      subjectId: { type: ['string', 'null'] },
      dueOn: ref('CivilDate'),
      daysLate: { type: 'integer' },
      responsibleIds: { type: 'array', items: { type: 'string' } },
      basis: { type: 'object', required: ['kind'], properties: { kind: { enum: ['law', 'rhythm', 'caseRecord'] } } },
      trigger: { enum: ['periodic', 'reapplication', 'dataChanged'] },
    },
  },
  AgendaAnswer: {
    type: 'object',
    required: ['agenda', 'markdown'],
    properties: {
      agenda: { type: 'object', required: ['asOf', 'items', 'skipped'], properties: { asOf: ref('CivilDate'), items: { type: 'array', items: ref('AgendaItem') }, skipped: { type: 'integer' } } },
      markdown: { type: 'string', description: 'The agenda as a Markdown table in the language asked (`agendaMarkdown`).' },
    },
  },
  EligibilityAnswer: {
    type: 'object',
    required: ['result', 'explanation'],
    properties: {
      result: {
        type: 'object',
        description: 'The TypeScript type `EligibilityResult`: status, amount in grosze, and the trace of steps with their legal basis.',
        required: ['status', 'benefit', 'trace'],
        properties: {
          status: { enum: ['eligible', 'notEligible', 'unsupported'] },
          benefit: { type: 'string' },
          amount: { type: ['integer', 'null'], description: 'When eligible: grosze (1/100 zł) a month, or null for a benefit with no amount.' },
          trace: { type: 'array', items: { type: 'object' } },
        },
      },
      explanation: { type: 'string', description: '`explain(result, lang)`: the justification in Polish or English.' },
    },
  },
};

const json = (schema: Json) => ({ 'application/json': { schema } });
const lang = { name: 'lang', in: 'query', required: false, schema: { enum: ['pl', 'en'], default: 'pl' }, description: 'Language of messages and documents.' };
const caseId = { name: 'caseId', in: 'path', required: true, schema: { type: 'string' } };

/** The document, for the package `version`, from the JSON Schemas by name (what scripts/jsonSchemas.ts gives). */
export function openApiDocument(schemas: ReadonlyMap<string, Json>, version: string): Json {
  const components: Record<string, unknown> = {};
  for (const [name, schema] of [...schemas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A schema file is `{ $ref: '#/$defs/Name', $defs: { Name: …, the shapes it uses … } }`: the component is
    // the definition under its own name (every other definition is a component of its own).
    const { $schema: _dialect, $defs, $ref: _self, ...rest } = schema as Json & { $defs?: Record<string, Json> };
    components[name] = toComponentRefs({ ...rest, ...($defs?.[name] ?? {}) });
  }
  for (const [name, schema] of Object.entries(serviceSchemas)) components[name] = schema;
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'praca-socjalna example service',
      version,
      description: 'Case streams stored in Postgres (PGlite), with optimistic concurrency and idempotent event ids; eligibility, contracts and agendas from the praca-socjalna SDK. An example, not a product: no authentication.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/cases/{caseId}/events': {
        post: {
          summary: 'Append one event to the case stream if it is still at expectedVersion (0 for a new case)',
          parameters: [caseId, lang],
          requestBody: {
            required: true,
            content: json({ type: 'object', required: ['expectedVersion', 'event'], properties: { expectedVersion: { type: 'integer', minimum: 0 }, event: ref('CaseEvent') } }),
          },
          responses: {
            '201': { description: 'Appended', content: json(ref('Appended')) },
            '200': { description: 'Already appended: the same id with the same content', content: json(ref('Duplicate')) },
            '400': { description: 'Not JSON, or no expectedVersion', content: json(ref('Error')) },
            '409': { description: 'Another append came first (version), or the id holds other content (eventId)', content: json(ref('Conflict')) },
            '422': { description: 'Refused by the SDK', content: json(ref('Issues')) },
          },
        },
      },
      '/cases/{caseId}': {
        get: {
          summary: 'The state of the case, replayed from its stream',
          parameters: [caseId],
          responses: { '200': { description: 'The state', content: json(ref('CaseState')) }, '404': { description: 'No such case', content: json(ref('Error')) } },
        },
      },
      '/cases/{caseId}/contracts/{contractId}': {
        get: {
          summary: 'A contract of the case as an HTML document for signature (renderContract)',
          parameters: [caseId, { name: 'contractId', in: 'path', required: true, schema: { type: 'string' } }, lang],
          responses: {
            '200': { description: 'The contract', content: { 'text/html': { schema: { type: 'string' } } } },
            '404': { description: 'No such case or contract', content: json(ref('Error')) },
          },
        },
      },
      '/agenda': {
        get: {
          summary: "A worker's agenda across the cases in the store (agenda of the monitoring area); no worker: everything",
          parameters: [
            { name: 'worker', in: 'query', required: false, schema: { type: 'string' }, description: 'The actor id of the member of staff.' },
            { name: 'role', in: 'query', required: false, schema: ref('Role'), description: "The worker's role; by default the one the cases record for that id." },
            { name: 'asOf', in: 'query', required: false, schema: ref('CivilDate'), description: "The day; today's by default." },
            { name: 'horizonDays', in: 'query', required: false, schema: { type: 'integer', minimum: 0, maximum: 366, default: 7 } },
            lang,
          ],
          responses: { '200': { description: 'The agenda', content: json(ref('AgendaAnswer')) }, '400': { description: 'A parameter is invalid', content: json(ref('Error')) } },
        },
      },
      '/eligibility': {
        post: {
          summary: 'Assess an eligibility request and explain it',
          parameters: [lang],
          requestBody: { required: true, content: json(ref('EligibilityRequest')) },
          responses: { '200': { description: 'Assessed', content: json(ref('EligibilityAnswer')) }, '422': { description: 'Refused', content: json(ref('Issues')) } },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } } } },
    },
    components: { schemas: components },
  };
}
