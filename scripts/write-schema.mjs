// Writes dist/schema.json, the JSON Schema of CampaignDocument, from the same
// zod schemas the library validates with.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CampaignDocument } from '../dist/index.js';

const schema = z.toJSONSchema(CampaignDocument, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
