import { parseArgs } from 'node:util';
import { readConfig } from './platform/config.js';
import { DataDirBusyError } from './platform/db/lock.js';

// Each command loads its own code when it runs: `screen` needs no server, database or web build,
// and loading them all cost every command about a second.
const admin = () => import('./cli/admin.js');
const server = () => import('./cli/serve.js');

interface Command {
  usage: string;
  help: string;
  run: (args: string[]) => Promise<number | undefined>;
}

const ENV_HELP = `Environment: PORT (3000), DATA_DIR (./data), DATABASE_URL (PostgreSQL instead of the embedded PGlite), LOG_LEVEL, SEED_DEMO=0, SMTP_URL.`;

const commands: Record<string, Command> = {
  serve: {
    usage: 'weijian serve [--port N]',
    help: 'Builds the web app if its sources changed, migrates, seeds demo data on first start, serves the staff app (/), the portal (/portal) and the API (/api/v1, docs at /api/docs), and runs background jobs.',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { port: { type: 'string' } } });
      const config = readConfig();
      if (values.port) config.port = Number(values.port);
      await (await server()).serve(config);
      return undefined;
    },
  },
  worker: {
    usage: 'weijian worker',
    help: 'Runs background jobs and event delivery against PostgreSQL (DATABASE_URL), beside the servers.',
    run: async () => {
      await (await server()).worker(readConfig());
      return undefined;
    },
  },
  migrate: {
    usage: 'weijian migrate',
    help: 'Applies pending database migrations (forward-only).',
    run: async () => (await admin()).migrateCommand(readConfig()),
  },
  seed: {
    usage: 'weijian seed',
    help: 'Seeds the demo city (Shanghai, 16 districts, departments, demo users) into an empty database.',
    run: async () => (await admin()).seedCommand(readConfig()),
  },
  import: {
    usage: 'weijian import --data DIR',
    help: 'Imports institutions, practitioners and drugs (interchange v1, each as .csv or .xlsx) from DIR, all or nothing: lists every bad cell (file, row, column, value, problem) and writes nothing, or upserts by id and prints what was created, updated and unchanged. Progress and the rate (rows/s) go to stderr.',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { data: { type: 'string' } } });
      if (!values.data) {
        console.error('Usage: weijian import --data DIR');
        return 2;
      }
      return (await import('./cli/import.js')).importCommand(readConfig(), values.data);
    },
  },
  screen: {
    usage: 'weijian screen --data DIR --out violations.csv',
    help: 'Non-site screening (非现场监管): checks records.csv of DIR against institutions.csv, practitioners.csv and drugs.csv (interchange v1) with rules R1–R10 and writes the findings (rule,ref) to the --out file. Needs no database. Progress and a summary (records, findings by rule, rule versions, records/s) go to stderr; bad input stops with file, line and column (exit 1).',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { data: { type: 'string' }, out: { type: 'string' } } });
      if (!values.data || !values.out) {
        console.error('Usage: weijian screen --data DIR --out violations.csv');
        return 2;
      }
      return (await import('./cli/screen.js')).screenCommand(values.data, values.out);
    },
  },
  'audit verify': {
    usage: 'weijian audit verify',
    help: 'Recomputes the hash chain of the audit trail; reports intact (exit 0) or the first broken entry (exit 1).',
    run: async () => (await admin()).auditVerifyCommand(readConfig()),
  },
};

function printHelp(): void {
  console.log(
    '卫监 Weijian — 医疗卫生行业综合监管平台\n\nUsage: npx weijian <command> [options]\n\nCommands:',
  );
  for (const [name, command] of Object.entries(commands)) console.log(`  ${name.padEnd(14)} ${command.help}`);
  console.log(`\nRun \`npx weijian <command> --help\` for one command.\n${ENV_HELP}`);
}

async function main(argv: string[]): Promise<number | undefined> {
  const two = argv.slice(0, 2).join(' ');
  const name = commands[two] ? two : (argv[0] ?? '');
  const command = commands[name];
  const rest = argv.slice(name.split(' ').length);
  if (!command) {
    printHelp();
    return name && name !== '--help' && name !== 'help' ? 2 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`Usage: ${command.usage}\n\n${command.help}\n\n${ENV_HELP}`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof DataDirBusyError) console.error(error.message);
    else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(error instanceof DataDirBusyError ? 3 : 1);
  },
);
