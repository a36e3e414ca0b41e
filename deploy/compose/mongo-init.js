// Runs once, when the MongoDB volume of docker-compose.yml is new
// (/docker-entrypoint-initdb.d), as the root user the image creates from
// MONGO_INITDB_ROOT_USERNAME / MONGO_INITDB_ROOT_PASSWORD. Creates the services'
// user "xuncha" with readWrite on the five services' databases and nothing else;
// its password comes from MONGO_PASSWORD (.env), never from this file.
const password = process.env.MONGO_PASSWORD;
if (!password) throw new Error('MONGO_PASSWORD is not set (see .env.example)');
const databases = [
  'planning-service',
  'inspection-service',
  'clue-service',
  'rectification-service',
  'query-service',
];
db.getSiblingDB('admin').createUser({
  user: 'xuncha',
  pwd: password,
  roles: databases.map((name) => ({ role: 'readWrite', db: name })),
});
print(`mongo-init: user xuncha created with readWrite on ${databases.join(', ')}`);
