// The deployment files, checked offline (no Docker engine and no cluster run here): every
// Kubernetes object against the Kubernetes schemas (kubernetes-models), the compose file parsed
// and checked, the Dockerfile's essentials, and every configuration variable documented in the
// README and present in the ConfigMap or Secret and the compose environment — and nothing else.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Namespace, Secret, ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { parseAllDocuments, parseDocument } from 'yaml';
import {
  CONFIG_VARIABLES,
  DEV_REPORT_ENCRYPTION_KEY,
  DEV_SECRET_HASH_KEY,
  DEV_WEBHOOK_SIGNING_SECRET,
} from '@deployguard/config';

const ROOT = join(__dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const NAMES = CONFIG_VARIABLES.map((c) => c.name);
const SECRET_NAMES = CONFIG_VARIABLES.filter((c) => c.secret).map((c) => c.name);
const PLAIN_NAMES = CONFIG_VARIABLES.filter((c) => !c.secret).map((c) => c.name);
const ROLES = ['api', 'worker', 'scheduler', 'migrate', 'cli'];

// The development values compose falls back to; the README must list each of them.
const DEV_DEFAULTS = [
  DEV_REPORT_ENCRYPTION_KEY,
  DEV_SECRET_HASH_KEY,
  DEV_WEBHOOK_SIGNING_SECRET,
  'deployguard-dev-password',
  'deployguard',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
interface Validatable {
  validate(): void;
}
const MODELS: Record<string, new (data: Obj) => Validatable> = {
  'v1/Namespace': Namespace as never,
  'v1/ConfigMap': ConfigMap as never,
  'v1/Secret': Secret as never,
  'v1/Service': Service as never,
  'apps/v1/Deployment': Deployment as never,
  'apps/v1/StatefulSet': StatefulSet as never,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler as never,
  'batch/v1/Job': Job as never,
  'networking.k8s.io/v1/Ingress': Ingress as never,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget as never,
};

function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(ROOT, path)).isDirectory() ? yamlFiles(path) : [path];
    })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

interface Manifest {
  file: string;
  obj: Obj;
}
const manifests: Manifest[] = yamlFiles('k8s').flatMap((file) =>
  parseAllDocuments(read(file)).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0].message}`);
    return { file, obj: doc.toJS() as Obj };
  }),
);
const find = (kind: string, name: string): Obj => {
  const m = manifests.find((x) => x.obj.kind === kind && x.obj.metadata?.name === name);
  if (!m) throw new Error(`no ${kind} ${name} in k8s/`);
  return m.obj;
};
const podSpec = (workload: Obj): Obj => workload.spec.template.spec;
const container = (workload: Obj): Obj => podSpec(workload).containers[0];

describe('Kubernetes manifests', () => {
  it('parse, and every object validates against its Kubernetes schema', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(20);
    for (const { file, obj } of manifests) {
      const Model = MODELS[`${obj.apiVersion}/${obj.kind}`];
      if (!Model) throw new Error(`${file}: no schema model for ${obj.apiVersion} ${obj.kind}`);
      try {
        new Model(obj).validate();
      } catch (error) {
        throw new Error(`${file} ${obj.kind}/${obj.metadata?.name}: ${(error as Error).message}`);
      }
      if (obj.kind !== 'Namespace') expect([file, obj.metadata.namespace]).toEqual([file, 'deployguard']);
    }
  });

  it('rejects an invalid object (the validation can fail)', () => {
    const api = structuredClone(find('Deployment', 'deployguard-api'));
    api.spec.replicas = '3';
    expect(() => new Deployment(api).validate()).toThrow(/replicas/);
  });

  it('runs the API with 3 replicas, probes on the Terminus endpoints and resources', () => {
    const api = find('Deployment', 'deployguard-api');
    expect(api.spec.replicas).toBe(3);
    const c = container(api);
    expect(c.args).toEqual(['api']);
    expect(c.readinessProbe.httpGet).toMatchObject({ path: '/api/v2/health/ready', port: 'http' });
    expect(c.livenessProbe.httpGet).toMatchObject({ path: '/api/v2/health', port: 'http' });
    expect(c.ports).toContainEqual({ name: 'http', containerPort: 8000 });
    expect(c.resources.requests).toBeDefined();
    expect(c.resources.limits).toBeDefined();
    expect(find('Service', 'deployguard-api').spec.selector).toEqual(api.spec.selector.matchLabels);
    const ingress = find('Ingress', 'deployguard-api');
    expect(ingress.spec.rules[0].http.paths[0].backend.service.name).toBe('deployguard-api');
  });

  it('scales workers 2-20 with an autoscaling/v2 HPA and gives them a size-limited emptyDir at WORKSPACE_ROOT', () => {
    const worker = find('Deployment', 'deployguard-worker');
    const hpa = find('HorizontalPodAutoscaler', 'deployguard-worker');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec).toMatchObject({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'deployguard-worker' },
      minReplicas: 2,
      maxReplicas: 20,
    });
    expect(hpa.spec.metrics[0]).toMatchObject({ type: 'Resource', resource: { name: 'cpu' } });
    const workspaceRoot = find('ConfigMap', 'deployguard-config').data.WORKSPACE_ROOT;
    const mount = container(worker).volumeMounts.find((m: Obj) => m.mountPath === workspaceRoot);
    expect(mount).toBeDefined();
    const volume = podSpec(worker).volumes.find((v: Obj) => v.name === mount.name);
    expect(volume.emptyDir.sizeLimit).toMatch(/^\d+(Gi|Mi)$/);
    expect(container(worker).args).toEqual(['worker']);
  });

  it('runs one scheduler with the Recreate strategy and migrations as a Job', () => {
    const scheduler = find('Deployment', 'deployguard-scheduler');
    expect(scheduler.spec.replicas).toBe(1);
    expect(scheduler.spec.strategy).toEqual({ type: 'Recreate' });
    expect(container(scheduler).args).toEqual(['scheduler']);
    expect(container(find('Job', 'deployguard-migrate')).args).toEqual(['migrate']);
  });

  it('runs every DeployGuard pod as non-root from the ConfigMap and the Secret', () => {
    const ours = manifests
      .map((m) => m.obj)
      .filter(
        (o) => (o.kind === 'Deployment' || o.kind === 'Job') && container(o).image.includes('deployguard'),
      );
    expect(ours.map((o) => o.metadata.name).sort()).toEqual(
      ['deployguard-api', 'deployguard-migrate', 'deployguard-scheduler', 'deployguard-worker'].sort(),
    );
    for (const o of ours) {
      expect(podSpec(o).securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
      expect(container(o).envFrom).toEqual([
        { configMapRef: { name: 'deployguard-config' } },
        { secretRef: { name: 'deployguard-secrets' } },
      ]);
    }
  });

  it('holds in-cluster PostgreSQL, RabbitMQ (management) and MinIO for development under k8s/dev/', () => {
    for (const name of ['deployguard-postgres', 'deployguard-rabbitmq', 'deployguard-minio']) {
      const set = manifests.find((m) => m.obj.kind === 'StatefulSet' && m.obj.metadata.name === name)!;
      expect(relative('k8s', set.file)).toMatch(/^dev\//);
      find('Service', name);
    }
    expect(container(find('StatefulSet', 'deployguard-rabbitmq')).image).toBe('rabbitmq:3-management');
    const cm = find('ConfigMap', 'deployguard-config').data;
    expect(cm.S3_ENDPOINT).toBe('deployguard-minio');
    expect(find('Secret', 'deployguard-secrets').stringData.DATABASE_URL).toContain(
      '@deployguard-postgres:5432/',
    );
  });

  it('puts every non-secret variable in the ConfigMap and every secret one in the Secret, nothing else', () => {
    const cm = find('ConfigMap', 'deployguard-config').data as Record<string, string>;
    const secret = find('Secret', 'deployguard-secrets').stringData as Record<string, string>;
    expect(Object.keys(cm).sort()).toEqual([...PLAIN_NAMES].sort());
    expect(Object.keys(secret).sort()).toEqual([...SECRET_NAMES].sort());
    for (const value of Object.values(cm)) expect(typeof value).toBe('string');
    // placeholders only, clearly marked
    for (const [name, value] of Object.entries(secret))
      expect([name, value]).toEqual([name, expect.stringContaining('REPLACE_ME')]);
  });
});

describe('docker-compose.api.yaml', () => {
  const doc = parseDocument(read('docker-compose.api.yaml'), { merge: true });
  const compose = doc.toJS({ maxAliasCount: -1 }) as Obj;
  const services = compose.services as Record<string, Obj>;
  const ours = Object.entries(services).filter(([, s]) => s.image === 'deployguard:latest');

  it('parses and brings up the dependencies, a one-shot migration, the API, 2 workers and the scheduler', () => {
    expect(doc.errors).toEqual([]);
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining([
        'postgres',
        'rabbitmq',
        'minio',
        'minio-bucket',
        'migrate',
        'api',
        'worker',
        'scheduler',
      ]),
    );
    expect(services.rabbitmq.image).toBe('rabbitmq:3-management');
    expect(services.worker.deploy.replicas).toBe(2);
    expect(ours.map(([name, s]) => [name, s.command])).toEqual(
      expect.arrayContaining([
        ['migrate', ['migrate']],
        ['api', ['api']],
        ['worker', ['worker']],
        ['scheduler', ['scheduler']],
      ]),
    );
    expect(ours.every(([, s]) => s.build === '.')).toBe(true);
  });

  it('orders start-up with depends_on conditions and has healthchecks', () => {
    expect(services.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services['minio-bucket'].depends_on).toEqual({ minio: { condition: 'service_healthy' } });
    for (const name of ['api', 'worker', 'scheduler'])
      expect(services[name].depends_on).toMatchObject({
        migrate: { condition: 'service_completed_successfully' },
        rabbitmq: { condition: 'service_healthy' },
        'minio-bucket': { condition: 'service_completed_successfully' },
      });
    for (const name of ['postgres', 'rabbitmq', 'minio', 'api', 'worker'])
      expect(services[name].healthcheck.test.length).toBeGreaterThan(1);
    expect(services.api.healthcheck.test.join(' ')).toContain('/api/v2/health/ready');
  });

  it('gives every DeployGuard service the same environment: every variable, nothing unknown', () => {
    const env = compose['x-deployguard-env'] as Record<string, string>;
    expect(Object.keys(env).sort()).toEqual([...NAMES].sort());
    for (const [name, s] of ours) expect([name, s.environment]).toEqual([name, env]);
  });

  it('holds no secret literal: secrets are ${VAR:-default} with documented development defaults', () => {
    const readme = read('README.md');
    const text = read('docker-compose.api.yaml');
    const defaults = [...text.matchAll(/\$\{[A-Z0-9_]+:-([^}]*)\}/g)].map((m) => m[1]).filter(Boolean);
    const env = compose['x-deployguard-env'] as Record<string, string>;
    for (const name of SECRET_NAMES) {
      const value = env[name];
      // what is left once the interpolations are removed holds no credential
      const literal = value.replace(/\$\{[^}]*\}/g, '');
      expect([name, literal]).not.toEqual([name, expect.stringMatching(/:\/\/[^/@:]*:[^/@]+@/)]);
      if (!/^[a-z]+:\/\//.test(value))
        expect([name, value]).toEqual([name, expect.stringMatching(/^\$\{[A-Z0-9_]+(:-[^}]*)?\}$/)]);
    }
    const secretish = defaults.filter((d) => !/^(https?:\/\/|info$|development$)/.test(d));
    for (const d of secretish) expect([d, DEV_DEFAULTS.includes(d)]).toEqual([d, true]);
    for (const d of DEV_DEFAULTS) expect([d, readme.includes(d)]).toEqual([d, true]);
  });
});

describe('Dockerfile and entrypoint', () => {
  const dockerfile = read('Dockerfile');
  const entrypoint = read('docker/entrypoint.sh');
  // instructions per stage, continuation lines joined
  const stages = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .reduce<string[][]>((acc, line) => {
      if (/^FROM /i.test(line)) acc.push([]);
      acc[acc.length - 1].push(line);
      return acc;
    }, []);
  const runtime = stages[stages.length - 1];

  it('builds in a node 20 slim stage and keeps only production dependencies', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage[0]).toMatch(/^FROM node:20-(bookworm-)?slim\b/);
    const build = stages[0].join('\n');
    expect(build).toMatch(/RUN npm ci\b/);
    expect(build).toMatch(/npm run build/);
    expect(build).toMatch(/npm prune --omit=dev/);
  });

  it('installs git in the runtime stage and runs as a non-root user', () => {
    expect(runtime.join('\n')).toMatch(/apt-get install[^\n]*\bgit\b/);
    const users = runtime.filter((l) => /^USER /i.test(l));
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).toMatch(/^USER (?!root\b|0\b)\S+/);
    expect(runtime.join('\n')).toMatch(/ENTRYPOINT .*deployguard-entrypoint/);
    expect(runtime.join('\n')).toContain('COPY --chmod=0755 docker/entrypoint.sh');
  });

  it('has an entrypoint for every role, each starting an existing entry point', () => {
    for (const role of ROLES) expect(entrypoint).toMatch(new RegExp(`^\\s*${role}\\) exec node `, 'm'));
    const targets = [...entrypoint.matchAll(/exec node (\S+)/g)].map((m) => m[1]);
    for (const target of targets) {
      // compiled entry points come from the sources beside them
      const source = target.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      const isSource = target.startsWith('dist/');
      expect([
        target,
        isSource ? statSync(join(ROOT, source)).isFile() : statSync(join(ROOT, target)).isFile(),
      ]).toEqual([target, true]);
    }
  });

  it('keeps the build context small and free of local secrets', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['node_modules', 'dist', '.git', '.env']) expect(ignored).toContain(entry);
  });
});

describe('configuration documentation', () => {
  it('documents every variable of CONFIG_VARIABLES in the README configuration table, and no other', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('### Configuration'));
    const table = section.slice(0, section.search(/\n#{2,3} (?!Configuration)/));
    const rows = table.split('\n').filter((l) => l.startsWith('| `'));
    const documented = new Set(
      rows.flatMap((r) => [...r.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1])),
    );
    expect([...documented].sort()).toEqual([...NAMES].sort());
  });
});
