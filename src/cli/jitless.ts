import { z } from 'zod';

// Imported first by ostepMain.ts, before any schema is made: zod then parses each object without compiling a
// parser for its shape (new Function), which the one validation of a small OSTEP problem never repays (21 M of
// its ~180 M instructions; the 100,000-operation malloc problem is no slower).
z.config({ jitless: true });
