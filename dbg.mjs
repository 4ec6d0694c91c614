import { main } from './lib/cli/main.js';
await main(['build','--edition','bilingual','--format','pdf','--out','/tmp/dbgout']);
