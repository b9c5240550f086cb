/**
 * ops/ is what a person deploys from. No Docker engine or cluster runs here, so this checks
 * what can be checked without one: every file parses (yaml, JSON); the Dockerfile is
 * multi-stage, non-root, health-checked and copies folders and a model that exist; every
 * environment variable the files set is one the service reads; ports agree with PORT and
 * METRICS_PORT; probe and scrape paths are routes of a running service; every metric name in
 * the alert rules and the dashboard is a family the service exports; the RabbitMQ definitions
 * declare exactly what adapters/transport declares (proved on the real broker, which refuses a
 * queue redeclared with other arguments); and `promtool check rules` passes when Debian's
 * prometheus package is installed (skipped, saying so, when it is not).
 */
import t from 'tap';
import { readFile, readdir, stat } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import path from 'node:path';
import amqp from 'amqplib';
import { parseAllDocuments } from 'yaml';
import { REPO_ROOT, startTestService } from '../helpers/service.ts';
import { AMQP_URL, deleteAmqpTopology } from '../helpers/distributed.ts';
import { declareJobTopology, jobQueueNames } from '../../adapters/transport/amqp-job-topology.ts';
import { statusExchangeName } from '../../adapters/transport/amqp-status-bus.ts';

const OPS = path.join(REPO_ROOT, 'ops');
const read = (rel: string) => readFile(path.join(OPS, rel), 'utf8');

async function yamlDocs(rel: string): Promise<any[]> {
  const docs = parseAllDocuments(await read(rel), { merge: true });
  for (const d of docs) if (d.errors.length) throw new Error(`${rel}: ${d.errors.map((e) => e.message).join('; ')}`);
  return docs.map((d) => d.toJS());
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(OPS, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(rel)));
    else out.push(rel);
  }
  return out;
}

/** The variables foundation/config.ts reads, plus the standard ones the service honours. */
async function knownVariables(): Promise<Set<string>> {
  const src = await readFile(path.join(REPO_ROOT, 'foundation/config.ts'), 'utf8');
  const schema = src.slice(src.indexOf('const envSchema'), src.indexOf('});', src.indexOf('const envSchema')));
  const names = [...schema.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
  // The AWS SDK's credential chain (README, Configuration) and Node's own.
  return new Set([...names, 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'NODE_ENV']);
}

const PROMQL_WORDS = new Set(
  ('sum min max avg count rate irate increase histogram_quantile clamp_min clamp_max absent vector by without ' +
    'or and unless on ignoring group_left group_right bool offset time abs le topk bottomk delta deriv').split(' '),
);

/** Metric names in a PromQL expression (label matchers, grouping lists, strings and numbers removed). */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/(?<![\w.])\d+(\.\d+)?(e[-+]?\d+)?/gi, '');
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)].map((m) => m[0]).filter((w) => !PROMQL_WORDS.has(w));
}

const svc = await startTestService();
t.teardown(svc.stop);
const routes = new Set(svc.service.ctx.routes!.map((r) => `${r.method} ${r.pattern}`));
const exported = new Set([...(await (await fetch(`${svc.base}/metrics`)).text()).matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => m[1]!));
const variables = await knownVariables();
const jsonText = new Map<string, string>();
for (const f of (await filesUnder('.')).filter((f) => f.endsWith('.json'))) jsonText.set(f, await read(f));

t.test('every YAML and JSON file of ops/ parses', async (t) => {
  const files = await filesUnder('.');
  const yamls = files.filter((f) => /\.ya?ml$/.test(f));
  const jsons = files.filter((f) => f.endsWith('.json'));
  t.ok(yamls.length >= 10 && jsons.length >= 2, `${yamls.length} YAML, ${jsons.length} JSON files`);
  for (const f of yamls) t.ok((await yamlDocs(f)).length >= 1, `${f} parses`);
  for (const f of jsons) t.doesNotThrow(() => JSON.parse(jsonText.get(f)!), `${f} parses`);
});

t.test('Dockerfile: multi-stage, non-root, health check, the OCR model inside', async (t) => {
  const df = await read('Dockerfile');
  t.ok((df.match(/^FROM /gm) ?? []).length >= 2, 'multi-stage');
  t.match(df, /^USER node$/m, 'runs as the unprivileged node user');
  t.match(df, /^HEALTHCHECK .*\n.*\/health/m, 'health check on /health');
  const model = /test -f (node_modules\/\S+traineddata\.gz)/.exec(df)?.[1];
  t.ok(model && (await stat(path.join(REPO_ROOT, model))).isFile(), `the build checks the OCR model the package ships (${model})`);
  for (const m of df.matchAll(/^COPY --chown=node:node (\S+) \.\/\S*$/gm)) {
    if (m[1]!.includes('/app')) continue;
    for (const p of m[1]!.split(' ')) t.ok(await stat(path.join(REPO_ROOT, p)).then(() => true, () => false), `COPY ${p} exists`);
  }
  t.match(df, /CMD \["node", "--import", "tsx", "supervisors\/main\.ts"\]/, 'starts what npm start starts');
  for (const m of df.matchAll(/^\s+([A-Z_]+)=/gm)) t.ok(variables.has(m[1]!), `ENV ${m[1]} is read by the service`);
  t.match(df, /^EXPOSE 8080 9464$/m);
});

t.test('compose: the services, real variables, ports that agree', async (t) => {
  const [compose] = await yamlDocs('compose.yaml');
  const services = compose.services as Record<string, any>;
  for (const s of ['postgres', 'rabbitmq', 'minio', 'gateway-a', 'gateway-b', 'worker', 'prometheus', 'grafana']) t.ok(services[s], `${s} service`);
  t.match(services.rabbitmq.image, /management/, 'RabbitMQ with management');
  for (const name of ['gateway-a', 'gateway-b', 'worker']) {
    const env = services[name].environment as Record<string, string>;
    for (const k of Object.keys(env)) t.ok(variables.has(k), `${name}: ${k} is read by the service`);
    if (env.ROLE === 'gateway') t.equal(String(services[name].ports[0]).split(':')[1], env.PORT, `${name} publishes PORT`);
  }
  t.equal(services.worker.environment.ROLE, 'worker');
  t.equal(services.worker.environment.METRICS_PORT, '9464');
  t.ok(services.worker.deploy.replicas >= 2, 'several workers');
  t.equal(services['gateway-a'].environment.AMQP_PREFIX, 'docx', 'the prefix the definitions use');
  for (const v of services.rabbitmq.volumes as string[]) {
    const src = v.split(':')[0]!;
    if (src.startsWith('./')) t.ok(await stat(path.join(OPS, src)).then(() => true, () => false), `${src} exists`);
  }
});

t.test('Prometheus: scrape paths and ports of the service', async (t) => {
  const [prom] = await yamlDocs('prometheus/prometheus.yml');
  const jobs = Object.fromEntries((prom.scrape_configs as any[]).map((j) => [j.job_name, j]));
  t.ok(routes.has(`GET ${jobs['docextract-gateway'].metrics_path}`), 'gateway scrape path is a route');
  t.same(jobs['docextract-gateway'].static_configs[0].targets.map((x: string) => x.split(':')[1]), ['8080', '8080']);
  t.equal(jobs['docextract-worker'].dns_sd_configs[0].port, 9464, 'workers on METRICS_PORT');
  t.same(prom.rule_files, ['/etc/prometheus/alerts.yml']);
});

t.test('alert rules and the dashboard use only metrics the service exports', async (t) => {
  const [rules] = await yamlDocs('prometheus/alerts.yml');
  const alerts = (rules.groups as any[]).flatMap((g) => g.rules) as Array<{ alert: string; expr: string }>;
  const names = alerts.map((a) => a.alert);
  for (const want of ['BacklogOld', 'JobFailureRate', 'Http5xxRate', 'PushDelayHigh', 'NoWorkers']) t.ok(names.includes(`Docextract${want}`), `alert ${want}`);
  const dash = JSON.parse(jsonText.get(path.join('grafana', 'dashboards', 'docextract.json'))!);
  const exprs = [...alerts.map((a) => a.expr), ...dash.panels.flatMap((p: any) => p.targets.map((x: any) => x.expr))];
  const used = new Set(exprs.flatMap(metricNames));
  t.ok(used.size >= 14, `${used.size} metric names used`);
  for (const name of used) {
    const family = name.replace(/_(bucket|count|sum)$/, '');
    t.ok(name === 'up' || exported.has(name) || exported.has(family), `${name} is exported by the service`);
  }
});

t.test('Kubernetes: Deployments with /health probes, Services, secrets by reference, a queue-depth autoscaler', async (t) => {
  const docs = [...(await yamlDocs('k8s/gateway.yaml')), ...(await yamlDocs('k8s/worker.yaml')), ...(await yamlDocs('k8s/worker-autoscaler.yaml')), ...(await yamlDocs('k8s/configmap.yaml'))];
  const [kust] = await yamlDocs('k8s/kustomization.yaml');
  for (const r of kust.resources as string[]) t.ok(await stat(path.join(OPS, 'k8s', r)).then(() => true, () => false), `kustomization resource ${r} exists`);
  t.notOk(docs.some((d) => d.kind === 'Secret'), 'no Secret is committed');
  const config = docs.find((d) => d.kind === 'ConfigMap');
  for (const k of Object.keys(config.data)) t.ok(variables.has(k), `ConfigMap ${k} is read by the service`);
  const deployments = docs.filter((d) => d.kind === 'Deployment');
  t.same(deployments.map((d) => d.metadata.name).sort(), ['docextract-gateway', 'docextract-worker']);
  for (const d of deployments) {
    const c = d.spec.template.spec.containers[0];
    const env = Object.fromEntries(c.env.map((e: any) => [e.name, e.value]));
    for (const e of c.env) {
      t.ok(variables.has(e.name), `${d.metadata.name}: ${e.name} is read by the service`);
      if (e.valueFrom) t.equal(e.valueFrom.secretKeyRef.name, 'docextract', `${e.name} comes from the referenced Secret`);
    }
    const port = Number(env.ROLE === 'worker' ? env.METRICS_PORT : env.PORT);
    t.equal(c.ports[0].containerPort, port, `${d.metadata.name} container port is its ${env.ROLE === 'worker' ? 'METRICS_PORT' : 'PORT'}`);
    for (const probe of [c.readinessProbe, c.livenessProbe]) {
      t.ok(routes.has(`GET ${probe.httpGet.path}`), `${d.metadata.name} probes ${probe.httpGet.path}, a route`);
      t.equal(probe.httpGet.port, c.ports[0].name);
    }
    t.equal(d.spec.template.metadata.annotations['prometheus.io/port'], String(port));
    t.equal(d.spec.template.spec.securityContext.runAsNonRoot, true);
  }
  const services = docs.filter((d) => d.kind === 'Service');
  t.equal(services.length, 2, 'a Service per Deployment');
  const scaled = docs.find((d) => d.kind === 'ScaledObject');
  t.equal(scaled.spec.scaleTargetRef.name, 'docextract-worker');
  t.equal(scaled.spec.triggers[0].type, 'rabbitmq');
  t.equal(scaled.spec.triggers[0].metadata.queueName, jobQueueNames(config.data.AMQP_PREFIX).queue, 'scales on the job queue the code declares');
  const auth = docs.find((d) => d.kind === 'TriggerAuthentication');
  t.equal(auth.spec.secretTargetRef[0].name, 'docextract');
});

t.test('RabbitMQ definitions declare what the code declares (the broker agrees)', async (t) => {
  const defs = JSON.parse(jsonText.get(path.join('rabbitmq', 'definitions.json'))!);
  const names = jobQueueNames('docx');
  const queues = Object.fromEntries((defs.queues as any[]).map((q) => [q.name, q]));
  const exchanges = Object.fromEntries((defs.exchanges as any[]).map((e) => [e.name, e]));
  t.same(Object.keys(queues).sort(), [names.queue, names.dead].sort());
  t.same(Object.keys(exchanges).sort(), [names.dlx, statusExchangeName('docx')].sort());
  t.equal(queues[names.queue].arguments['x-queue-type'], 'quorum');
  t.same(defs.bindings.map((b: any) => `${b.source}->${b.destination}`), [`${names.dlx}->${names.dead}`]);
  t.ok(defs.policies.length >= 1, 'policies');
  for (const p of defs.policies) t.ok([...Object.keys(queues)].some((q) => new RegExp(p.pattern).test(q)), `policy ${p.name} applies to a declared queue`);

  // Declare the definitions' topology under a fresh prefix, then let the code declare its own
  // on top: RabbitMQ closes the channel (PRECONDITION_FAILED) if any argument differs.
  const prefix = `opscheck_${process.pid}_${Date.now().toString(36)}`;
  const rename = (n: string) => n.replace(/^docx\./, `${prefix}.`);
  t.teardown(() => deleteAmqpTopology(prefix));
  const conn = await amqp.connect(AMQP_URL);
  t.teardown(() => conn.close().catch(() => {}));
  const ch = await conn.createChannel();
  for (const e of defs.exchanges) await ch.assertExchange(rename(e.name), e.type, { durable: e.durable, autoDelete: e.auto_delete });
  const renameArgs = (args: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'string' ? rename(v) : v]));
  for (const q of defs.queues) await ch.assertQueue(rename(q.name), { durable: q.durable, autoDelete: q.auto_delete, arguments: renameArgs(q.arguments) });
  for (const b of defs.bindings) await ch.bindQueue(rename(b.destination), rename(b.source), b.routing_key);
  await t.resolves(declareJobTopology(ch, jobQueueNames(prefix)), 'the code redeclares the same queues without a mismatch');
  await t.resolves(ch.assertExchange(statusExchangeName(prefix), 'fanout', { durable: true }), 'and the status exchange');
  // The check can fail: a queue with other arguments is refused.
  const other = await conn.createChannel();
  other.on('error', () => {});
  await t.rejects(other.assertQueue(rename(names.queue), { durable: true, arguments: { 'x-queue-type': 'quorum', 'x-delivery-limit': 7 } }), /PRECONDITION_FAILED/);
});

const promtool = await new Promise<string | null>((resolve) => execFile('sh', ['-c', 'command -v promtool'], (err, out) => resolve(err ? null : out.trim())));
t.test('promtool check rules (when Debian\'s prometheus package is installed)', {
  skip: promtool ? false : 'promtool is not installed (apt-get install prometheus): the alert rules were only parsed as YAML and their metric names checked',
}, async (t) => {
  if (!promtool) return;
  const result = await new Promise<{ code: number; out: string }>((resolve) =>
    execFile(promtool, ['check', 'rules', path.join(OPS, 'prometheus/alerts.yml')], (err, stdout, stderr) => resolve({ code: err ? 1 : 0, out: stdout + stderr })),
  );
  t.equal(result.code, 0, result.out);
  t.match(result.out, /SUCCESS: \d+ rules found/);
});
