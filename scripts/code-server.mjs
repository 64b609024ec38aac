// A real VS Code for tests on a machine where desktop VS Code cannot be downloaded: code-server
// (VS Code 1.100, installed by scripts/install-code-server.sh) served to Debian's chromium, driven by
// playwright-core. Everything a run touches lives in one temp folder, removed by stop().
import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function binPath() {
  const dir = process.env.CODE_SERVER_DIR ?? path.join(repoRoot, '.code-server');
  return path.join(dir, 'node_modules', '.bin', 'code-server');
}

/** Whether scripts/install-code-server.sh has run (code-server and Debian's chromium are there). */
export function codeServerInstalled() {
  return fs.existsSync(binPath()) && fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
}

export function codeServerBin() {
  const bin = binPath();
  if (!fs.existsSync(bin)) {
    throw new Error(`code-server not found at ${bin}: run scripts/install-code-server.sh (as root) first`);
  }
  return bin;
}

/** A port nobody listens on right now (the kernel picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The isolated folders one server uses, and the environment that keeps it out of $HOME. */
function sandbox(root) {
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
    xdgConfig: path.join(root, 'xdg-config'),
    xdgData: path.join(root, 'xdg-data'),
    log: path.join(root, 'code-server.log'),
  };
  for (const d of [dirs.userData, dirs.extensions, dirs.xdgConfig, dirs.xdgData]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData };
  // A password in the environment would turn auth back on.
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  return { dirs, env };
}

function commonArgs(dirs) {
  return ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

/** `code-server --install-extension` into this sandbox's extensions dir (before start()). */
export async function installExtension(server, vsix) {
  const { stdout, stderr } = await promisify(execFile)(
    codeServerBin(),
    [...commonArgs(server.dirs), '--install-extension', path.resolve(vsix), '--force'],
    { env: server.env },
  );
  const out = stdout + stderr;
  if (!/successfully installed/i.test(out)) throw new Error(`installing ${vsix} failed:\n${out}`);
  return out;
}

/**
 * Prepares a sandbox; call start() on the result to launch the server.
 * Options: trust (default true: --disable-workspace-trust), settings (written as the user's settings.json).
 */
export function createCodeServer({ trust = true, settings } = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'leadlint-code-server-'));
  const { dirs, env } = sandbox(root);
  const userSettings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': !trust,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    ...settings,
  };
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));

  const server = {
    dirs,
    env,
    port: 0,
    url: '',
    pid: 0,
    child: null,
    async start() {
      server.port = await freePort();
      server.url = `http://127.0.0.1:${server.port}`;
      const args = [
        ...commonArgs(dirs),
        '--bind-addr', `127.0.0.1:${server.port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        ...(trust ? ['--disable-workspace-trust'] : []),
      ];
      const log = fs.openSync(dirs.log, 'a');
      // detached: its own process group, so stop() also ends the extension hosts it spawned.
      server.child = spawn(codeServerBin(), args, { env, detached: true, stdio: ['ignore', log, log] });
      fs.closeSync(log);
      server.pid = server.child.pid;
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.exited = exited;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const early = await Promise.race([exited.then((code) => ({ code })), delay(100).then(() => null)]);
        if (early) throw new Error(`code-server exited (${early.code}) before it was ready; log: ${dirs.log}\n${readLog()}`);
        if (await healthy(server.url)) return server;
        if (Date.now() > deadline) throw new Error(`code-server not ready after 60 s; log: ${dirs.log}\n${readLog()}`);
      }
    },
    /** The workbench URL for a folder, with extension-development parameters in `payload`. */
    workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
      const payload = [['skipWelcome', 'true']];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      const query = new URLSearchParams();
      if (folder) query.set('folder', path.resolve(folder));
      query.set('payload', JSON.stringify(payload));
      return `${server.url}/?${query}`;
    },
    readLog,
    /** Installs a .vsix into this server's extensions dir (before start()). */
    installExtension: (vsix) => installExtension(server, vsix),
    /** Ends the server (and its extension hosts) by the process group it was started in; removes the sandbox. */
    async stop({ keep = false } = {}) {
      if (server.child && server.child.exitCode === null && server.child.signalCode === null) {
        signalGroup(server.pid, 'SIGTERM');
        const gone = await Promise.race([server.exited.then(() => true), delay(5000).then(() => false)]);
        if (!gone) signalGroup(server.pid, 'SIGKILL');
      }
      // Extension hosts may outlive the parent for a moment: end what is left of the group.
      signalGroup(server.pid, 'SIGKILL');
      if (!keep) fs.rmSync(root, { recursive: true, force: true });
    },
  };
  function readLog() {
    try {
      return fs.readFileSync(dirs.log, 'utf8');
    } catch {
      return '';
    }
  }
  return server;
}

function signalGroup(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function healthy(url) {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Debian's chromium through playwright-core: nothing downloads a browser. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`${executablePath} not found: run scripts/install-code-server.sh`);
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
