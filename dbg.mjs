import { main } from './lib/cli/main.js';
await main(['build','--format','pdf','--out','/tmp/dbgout']);
