'use strict';
// Creates (or brings up to date) the KurrentDB users of the xuncha services and the
// default access control lists, as the admin user. Run by the Job in
// deploy/k8s/kurrentdb-users-job.yaml and by the kurrentdb-setup service of
// docker-compose.yml, with a service image (working directory /app, where
// @kurrent/kurrentdb-client is installed). Safe to run again: an existing user gets
// its password and groups set again, the ACLs are written only when they differ.
//
//   KURRENTDB_NODES             host:port[,host:port…] of the nodes (TLS)
//   KURRENTDB_CA_FILE           PEM file of the CA that signed the node certificates
//   KURRENTDB_ADMIN_PASSWORD    the admin user's password
//   KURRENTDB_USERS             comma-separated user names, e.g. planning-service,…
//   KURRENTDB_PASSWORD_<NAME>   each user's password; <NAME> is the user name in
//                               capitals with every other character as "_"
//                               (planning-service: KURRENTDB_PASSWORD_PLANNING_SERVICE)
//   KURRENTDB_GROUP             the group the users join (default xuncha-services)
//   WAIT_TIMEOUT_SECONDS        how long to wait for the cluster (default 900)
//
// Access: user streams can be read, written and have their metadata read and
// written by $admins and the group only (no other user, never anonymous); deleting
// stays with $admins. The services read $all (their subscriptions), which
// KurrentDB authorizes as a system stream: the group gets read on system streams,
// nothing else there. Exit 0 when done, 1 on failure, 2 on a bad setting.
const fs = require('node:fs');
const https = require('node:https');
const { randomUUID } = require('node:crypto');
const kurrent = require(
  require.resolve('@kurrent/kurrentdb-client', { paths: [process.cwd(), __dirname] }),
);

const nodes = (process.env.KURRENTDB_NODES || '')
  .split(',')
  .map((n) => n.trim())
  .filter(Boolean);
const caFile = process.env.KURRENTDB_CA_FILE || '';
const adminPassword = process.env.KURRENTDB_ADMIN_PASSWORD || '';
const group = process.env.KURRENTDB_GROUP || 'xuncha-services';
const users = (process.env.KURRENTDB_USERS || '')
  .split(',')
  .map((u) => u.trim())
  .filter(Boolean);
const timeoutMs = Number(process.env.WAIT_TIMEOUT_SECONDS || '900') * 1000;
const passwordVariable = (user) =>
  `KURRENTDB_PASSWORD_${user.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

const ACL = {
  $userStreamAcl: {
    $r: ['$admins', group],
    $w: ['$admins', group],
    $d: ['$admins'],
    $mr: ['$admins', group],
    $mw: ['$admins', group],
  },
  $systemStreamAcl: {
    $r: ['$admins', group],
    $w: ['$admins'],
    $d: ['$admins'],
    $mr: ['$admins'],
    $mw: ['$admins'],
  },
};

function fail(message, code = 1) {
  console.error(`kurrentdb-users: ${message}`);
  process.exit(code);
}

function request(node, method, path, body) {
  const [host, port] = node.split(':');
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host,
        port: Number(port || 2113),
        method,
        path,
        ca: fs.readFileSync(caFile),
        auth: `admin:${adminPassword}`,
        headers: {
          Accept: 'application/json',
          ...(payload && {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(payload),
          }),
        },
        timeout: 10_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode, text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from ${node} within 10 s`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** A node that answers as admin, the leader when the gossip names one. */
async function reachableNode() {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reasons = [];
    for (const node of nodes) {
      try {
        const gossip = await request(node, 'GET', '/gossip');
        if (gossip.status === 401) fail(`${node} refused the admin password`);
        if (gossip.status !== 200) throw new Error(`GET /gossip answered ${gossip.status}`);
        const members = JSON.parse(gossip.text).members || [];
        // One node (the compose stack): it leads; its advertised address may be an IP.
        if (nodes.length === 1) return node;
        const leader = members.find((m) => m.state === 'Leader' && m.isAlive);
        if (!leader) throw new Error('no leader elected yet');
        return `${leader.httpEndPointIp}:${leader.httpEndPointPort}`;
      } catch (error) {
        reasons.push(`${node}: ${error.message}`);
      }
    }
    if (Date.now() >= deadline) fail(`gave up waiting for the cluster: ${reasons.join('; ')}`);
    console.log(`kurrentdb-users: waiting: ${reasons.join('; ')}`);
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}

async function ensureUser(node, user, password) {
  const path = `/users/${encodeURIComponent(user)}`;
  const found = await request(node, 'GET', path);
  if (found.status === 404) {
    const created = await request(node, 'POST', '/users/', {
      loginName: user,
      fullName: `xuncha ${user}`,
      groups: [group],
      password,
    });
    if (created.status !== 201)
      throw new Error(`creating ${user}: ${created.status} ${created.text}`);
    console.log(`kurrentdb-users: created ${user} in ${group}`);
    return;
  }
  if (found.status !== 200) throw new Error(`reading ${user}: ${found.status} ${found.text}`);
  const updated = await request(node, 'PUT', path, { fullName: `xuncha ${user}`, groups: [group] });
  if (updated.status !== 200)
    throw new Error(`updating ${user}: ${updated.status} ${updated.text}`);
  const reset = await request(node, 'POST', `${path}/command/reset-password`, {
    newPassword: password,
  });
  if (reset.status !== 200)
    throw new Error(`resetting ${user}'s password: ${reset.status} ${reset.text}`);
  console.log(`kurrentdb-users: ${user} exists; password and group set again`);
}

async function ensureAcl() {
  const query = `tls=true&tlsCAFile=${encodeURIComponent(caFile)}&nodePreference=leader`;
  const client = kurrent.KurrentDBClient.connectionString(
    `kurrentdb://admin:${encodeURIComponent(adminPassword)}@${nodes.join(',')}?${query}`,
  );
  try {
    let current;
    try {
      for await (const { event } of client.readStream('$settings', {
        direction: kurrent.BACKWARDS,
        fromRevision: kurrent.END,
        maxCount: 1,
      })) {
        current = event && event.data;
      }
    } catch (error) {
      if (!(error instanceof kurrent.StreamNotFoundError)) throw error;
    }
    if (JSON.stringify(current) === JSON.stringify(ACL)) {
      console.log('kurrentdb-users: default ACLs already set');
      return;
    }
    await client.appendToStream(
      '$settings',
      kurrent.jsonEvent({ id: randomUUID(), type: 'update-default-acl', data: ACL }),
    );
    console.log(`kurrentdb-users: default ACLs set: user streams for $admins and ${group}`);
  } finally {
    await client.dispose();
  }
}

async function main() {
  if (nodes.length === 0 || !caFile || !adminPassword || users.length === 0) {
    fail('set KURRENTDB_NODES, KURRENTDB_CA_FILE, KURRENTDB_ADMIN_PASSWORD and KURRENTDB_USERS', 2);
  }
  const missing = users.filter((user) => !process.env[passwordVariable(user)]);
  if (missing.length > 0) fail(`set ${missing.map(passwordVariable).join(', ')}`, 2);
  const node = await reachableNode();
  for (const user of users) await ensureUser(node, user, process.env[passwordVariable(user)]);
  await ensureAcl();
}

main().then(
  () => process.exit(0),
  (error) => fail(error.stack || String(error)),
);
