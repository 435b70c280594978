// electron-builder afterPack hook: refuse the artifact unless better-sqlite3 is built for Electron's ABI.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

exports.default = async function afterPack(context) {
  const root = path.resolve(__dirname, '..');
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'build/check-native-abi.ts'), context.appOutDir], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error('Artefakten avvisas: better-sqlite3 är inte byggd för Electrons ABI (se FEL-raderna ovan).');
};
