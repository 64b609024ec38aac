/**
 * Preloaded before the robust suite (`mocha --require`) and into the CLI's child processes
 * (`NODE_OPTIONS=--require …`): every way Node opens a connection or resolves a name throws
 * and is recorded. leadlint promises to work offline; a suite that reached the network would
 * otherwise pass silently when the network happens to be there.
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

export const NETWORK_MARKER = 'LEADLINT-NETWORK-ATTEMPT';
const attempts: string[] = [];

function blocked(name: string) {
  return function (): never {
    attempts.push(name);
    // A child process reports through a file (if asked) and stderr, whatever the caller catches.
    const line = `${NETWORK_MARKER} ${name}\n`;
    if (process.env.LEADLINT_NETWORK_LOG) fs.appendFileSync(process.env.LEADLINT_NETWORK_LOG, line);
    fs.writeSync(2, line);
    throw new Error(`network access attempted: ${name}`);
  };
}

function stub(target: object, key: string, name: string): void {
  Object.defineProperty(target, key, { value: blocked(name), configurable: true, writable: true });
}

stub(net.Socket.prototype, 'connect', 'net.Socket.prototype.connect');
stub(net, 'connect', 'net.connect');
stub(net, 'createConnection', 'net.createConnection');
stub(tls, 'connect', 'tls.connect');
stub(http, 'request', 'http.request');
stub(http, 'get', 'http.get');
stub(https, 'request', 'https.request');
stub(https, 'get', 'https.get');
stub(dns, 'lookup', 'dns.lookup');
stub(dns, 'resolve', 'dns.resolve');
stub(dns.promises, 'lookup', 'dns.promises.lookup');
stub(dgram, 'createSocket', 'dgram.createSocket');
stub(globalThis, 'fetch', 'fetch');
if ('WebSocket' in globalThis) stub(globalThis, 'WebSocket', 'WebSocket');

/** What was attempted in this process so far. */
export function networkAttempts(): readonly string[] {
  return attempts;
}

/** Mocha root hook: the whole suite fails if anything in this process tried the network. */
export const mochaHooks = {
  afterAll(): void {
    if (attempts.length) throw new Error(`network access was attempted during the suite: ${attempts.join(', ')}`);
  },
};
