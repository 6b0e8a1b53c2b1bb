"""Asserts on the rendered manifests (arguments: the output of `kubectl kustomize` of deploy/kubernetes
or of deploy/kubernetes/in-cluster-data, and `external` or `in-cluster` to say which):
probes, resources and non-root on every container; the images docker-compose.yml names; JVM options
as start.sh has them, within the memory limits; grace periods above the drains; no Secret values."""
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
errors = []


def fail(message):
    errors.append(message)


def seconds(duration):
    """'10s', '500ms', '1m' as seconds."""
    number, unit = re.fullmatch(r'(\d+)(ms|s|m)', str(duration)).groups()
    return int(number) * {'ms': 0.001, 's': 1, 'm': 60}[unit]


def mebibytes(size):
    """'160m', '1g', '768Mi', '1Gi' as MiB."""
    number, unit = re.fullmatch(r'(\d+)([kmgKMG]i?)', size).groups()
    return int(number) * {'k': 1 / 1024, 'm': 1, 'g': 1024}[unit[0].lower()]


def yml_value(path, dotted):
    """A value of an application.yml, found by its dotted key."""
    node = yaml.safe_load(open(f'{ROOT}/{path}'))
    for key in dotted.split('.'):
        node = node[key]
    return node


def compose_default(value):
    """A Compose value with each ${NAME:-default} replaced by its default."""
    return re.sub(r'\$\{\w+:-([^}]*)\}', r'\1', value)


COMPOSE = yaml.safe_load(open(f'{ROOT}/docker-compose.yml'))['services']


def env_of(container):
    return {e['name']: e.get('value') for e in container.get('env', [])}


objects = [o for o in yaml.safe_load_all(open(sys.argv[1])) if o]
workloads = {o['metadata']['name']: o for o in objects if o['kind'] in ('Deployment', 'StatefulSet')}
in_cluster = sys.argv[2] == 'in-cluster'
for expected in ('manager', 'engine', 'dashboard') + (('redis', 'mysql') if in_cluster else ()):
    if expected not in workloads:
        fail(f'no Deployment or StatefulSet "{expected}"')
services = {o['metadata']['name']: o for o in objects if o['kind'] == 'Service'}
for data in ('redis', 'mysql'):
    external = services.get(data, {}).get('spec', {}).get('type') == 'ExternalName'
    if data not in services:
        fail(f'no Service "{data}" for the manager and the engines to reach')
    elif external == in_cluster:
        fail(f'Service "{data}" is {"external" if external else "in the cluster"} in the {sys.argv[2]} variant')
if any(o['kind'] == 'Secret' for o in objects):
    fail('a Secret is rendered: secrets are created by the user from literals, never committed')

java_opts = {'manager': 'MANAGER_JAVA_OPTS', 'engine': 'ENGINE_JAVA_OPTS'}
for name, workload in workloads.items():
    pod = workload['spec']['template']['spec']
    for container in pod.get('initContainers', []) + pod['containers']:
        where = f'{name}/{container["name"]}'
        for probe in ('readinessProbe', 'livenessProbe'):
            if probe not in container:
                fail(f'{where}: no {probe}')
        resources = container.get('resources', {})
        for kind in ('requests', 'limits'):
            for resource in ('cpu', 'memory'):
                if resource not in resources.get(kind, {}):
                    fail(f'{where}: no {kind}.{resource}')
        if not (container.get('securityContext', {}).get('runAsNonRoot')
                or pod.get('securityContext', {}).get('runAsNonRoot')):
            fail(f'{where}: runAsNonRoot is not set')
        if container.get('securityContext', {}).get('allowPrivilegeEscalation') is not False:
            fail(f'{where}: allowPrivilegeEscalation is not false')
        image = container['image']
        want = compose_default(COMPOSE[name]['image']) if name in COMPOSE else None
        # MockAPI's own images take their tag from kustomization.yaml; the others must be equal.
        same = image.split(':')[0] == want.split(':')[0] if want and want.startswith('mockapi/') else image == want
        if not same:
            fail(f'{where}: image {image}, docker-compose.yml has {want}')
        if name in java_opts:
            opts = env_of(container).get(java_opts[name])
            compose_opts = compose_default(COMPOSE[name]['environment'][java_opts[name]])
            if opts != compose_opts:
                fail(f'{where}: {java_opts[name]} is "{opts}", docker-compose.yml and start.sh have "{compose_opts}"')
            elif 'memory' in resources.get('limits', {}):
                flags = dict(re.findall(r'-(Xmx|XX:MaxDirectMemorySize=|XX:ReservedCodeCacheSize=|XX:MaxMetaspaceSize=)(\d+[kmg])', opts))
                # What the flags leave unbounded (metaspace when unset, threads, the JVM itself).
                budget = sum(mebibytes(v) for v in flags.values()) + (64 if 'XX:MaxMetaspaceSize=' in flags else 256)
                limit = mebibytes(resources['limits']['memory'])
                if limit < budget:
                    fail(f'{where}: memory limit {limit:.0f} MiB is below what {java_opts[name]} may take ({budget:.0f} MiB)')

paths = {'manager': ('/actuator/health/readiness', '/actuator/health/liveness'),
         'engine': ('/actuator/health', '/actuator/health')}
for name, (readiness, liveness) in paths.items():
    container = workloads[name]['spec']['template']['spec']['containers'][0]
    if container['readinessProbe']['httpGet']['path'] != readiness:
        fail(f'{name}: readiness probe not on {readiness}')
    if container['livenessProbe']['httpGet']['path'] != liveness:
        fail(f'{name}: liveness probe not on {liveness}')


def pre_stop_seconds(container):
    return container.get('lifecycle', {}).get('preStop', {}).get('sleep', {}).get('seconds', 0)


# Stopping takes the preStop pause, then the drain: the engine's in-flight calls and then its log
# events (each up to drain-timeout), the manager's requests (timeout-per-shutdown-phase).
drains = {
    'engine': 2 * seconds(env_of(workloads['engine']['spec']['template']['spec']['containers'][0]).get(
        'MOCKAPI_ENGINE_DRAINTIMEOUT') or yml_value('mock-engine/src/main/resources/application.yml',
                                                    'mockapi.engine.drain-timeout')),
    'manager': seconds(yml_value('manager-api/src/main/resources/application.yml',
                                 'spring.lifecycle.timeout-per-shutdown-phase')),
}
for name, drain in drains.items():
    pod = workloads[name]['spec']['template']['spec']
    needed = pre_stop_seconds(pod['containers'][0]) + drain
    grace = pod.get('terminationGracePeriodSeconds', 30)
    if grace <= needed:
        fail(f'{name}: terminationGracePeriodSeconds {grace} is not above preStop + drain ({needed:g} s)')

hpas = [o for o in objects if o['kind'] == 'HorizontalPodAutoscaler']
if not any(h['spec']['scaleTargetRef']['name'] == 'engine' and h['spec']['minReplicas'] >= 2 for h in hpas):
    fail('no HorizontalPodAutoscaler for the engine with minReplicas >= 2')
if workloads['engine']['spec'].get('replicas') != 2:
    fail('the engine Deployment does not start with 2 replicas')
if not any(o['kind'] == 'Ingress' for o in objects):
    fail('no Ingress')

for line in open(f'{ROOT}/deploy/kubernetes/secret.example.env'):
    if not line.startswith('#') and '=' in line and line.split('=', 1)[1].strip():
        fail(f'secret.example.env holds a value: {line.split("=")[0]}')

for error in errors:
    print(f'deploy/kubernetes ({sys.argv[2]}): {error}', file=sys.stderr)
if errors:
    sys.exit(1)
print(f'deploy/kubernetes: {len(objects)} objects render and pass the checks')
