import { resolve } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './area-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never, ecmaVersion: 2024, sourceType: 'module' } });
const file = (path: string) => resolve(import.meta.dirname, '..', 'core', path);

tester.run('area-boundaries', rule as never, {
  valid: [
    { filename: file('residents/admit.ts'), code: "import { requireFreeBed } from '../beds/queries.ts';" },
    { filename: file('residents/admit.ts'), code: "import { stmt } from '../shared/statements.ts';" },
    { filename: file('residents/admit.ts'), code: "import type { WriteContext } from '../api/context.ts';" },
    { filename: file('residents/admit.ts'), code: "import { type BedCell } from '../beds/add.ts';" },
    { filename: file('residents/filings.ts'), code: "import { defineFiling } from '../filings/define.ts';" },
    { filename: file('users/consoleReset.ts'), code: "import { auditedWrite } from '../audit/audited.ts';" },
    { filename: file('auth/handlers.ts'), code: "import { createUser } from '../users/create.ts';" },
    { filename: file('demo/seed.ts'), code: "import { addBeds } from '../beds/add.ts';" },
    { filename: file('api/methods.ts'), code: "import { bedsArea } from '../beds/handlers.ts';" },
    { filename: file('residents/list.ts'), code: "import { x } from './queries.ts';" },
  ],
  invalid: [
    { filename: file('residents/admit.ts'), code: "import { addBeds } from '../beds/add.ts';", errors: [{ messageId: 'internal' }] },
    { filename: file('residents/admit.ts'), code: "export { addBeds } from '../beds/add.ts';", errors: [{ messageId: 'internal' }] },
    { filename: file('residents/admit.ts'), code: "const m = import('../beds/add.ts');", errors: [{ messageId: 'internal' }] },
    { filename: file('filings/jobs.ts'), code: "import { allResidents } from '../residents/list.ts';", errors: [{ messageId: 'internal' }] },
  ],
});
