// One progress line on a terminal, rewritten in place; nothing when output is not a terminal (logs of CI
// runs stay readable and the summary says it all).
import { printable, type ApplyProgress } from '../../core/src/twin';
import { t } from '../../core/src/l10n';
import type { CliIO } from './io';

/** A progress reporter and a function that clears the line before the summary. */
export function progressLine(io: CliIO): { update(p: ApplyProgress): void; end(): void } {
  let shown = false;
  return {
    update(p) {
      if (!io.isTTY) return;
      const text = printable(p.name);
      const name = text.length > 40 ? text.slice(0, 39) + '…' : text;
      io.stderr(`\r\x1b[2K${t('Pushing {0}/{1}: {2}', p.done, p.total, name)}`);
      shown = true;
    },
    end() {
      if (shown) io.stderr('\r\x1b[2K');
      shown = false;
    },
  };
}
