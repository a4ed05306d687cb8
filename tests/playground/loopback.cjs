// Preload for the Agents Playground (node -r): keep it on this machine. Its servers listen on all interfaces by
// default: bind them to loopback. Outgoing connections to other hosts (telemetry, CDNs) are refused.
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
    args.splice(1, 0, '127.0.0.1');
  } else if (
    typeof args[0] === 'object' &&
    args[0] !== null &&
    args[0].host === undefined &&
    args[0].path === undefined
  ) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options =
    typeof first === 'object' && first !== null
      ? first
      : { host: typeof args[1] === 'string' ? args[1] : 'localhost' };
  if (options.path === undefined && options.host !== undefined && !LOOPBACK.has(options.host)) {
    process.stderr.write(`[playground] blocked connection to ${options.host}\n`);
    process.nextTick(() => this.destroy(new Error(`blocked: ${options.host}`)));
    return this;
  }
  return connect.apply(this, args);
};
