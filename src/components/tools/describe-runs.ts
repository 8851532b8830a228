/**
 * One sentence for a message of the runs reader (src/lib/runs-csv.ts). The engine returns codes with parameters
 * (RunsMessage); the tools catalogue (src/i18n/tools/<lang>.ts) words each code, and a code without words in either
 * language is a type error there.
 * Example: describeRunsMessage({ code: 'badNumber', line: 7, column: 'loss', text: 'n/a' }, en) → 'Line 7: loss “n/a” is not a number.'
 */
import type { RunsMessage } from '../../lib/runs-csv';
import type { ToolsMessages } from '../../i18n/tools/en';

export function describeRunsMessage(message: RunsMessage, t: Pick<ToolsMessages, 'runs'>): string {
  // Each entry takes its own code's message; TypeScript cannot follow that through the index, hence the cast.
  return (t.runs[message.code] as (m: RunsMessage) => string)(message);
}
