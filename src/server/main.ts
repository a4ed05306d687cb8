import { join } from 'node:path';
import { run } from './run';

// dist/server/main.js -> dist/
void run(join(__dirname, '..'));
