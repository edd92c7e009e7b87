import { App } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-context';
import { ClueModal } from './clue-modal';
import { suggestClueTitle } from './clue-title';
import { DismissModal } from './dismiss-modal';
import type { Warning } from './types';
import { useRules } from './use-rules';

type Pending = { kind: 'dismiss' | 'clue'; warnings: Warning[] } | null;

/**
 * The two review actions on open warnings — dismiss with a reason, make a clue — as modals.
 * `onChanged` runs after a dismissal; a new clue opens its page.
 */
export function useWarningReview(onChanged: () => void): {
  dismiss: (warnings: Warning[]) => void;
  makeClue: (warnings: Warning[]) => void;
  modals: ReactNode;
} {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { byCode } = useRules();
  const [pending, setPending] = useState<Pending>(null);
  const ids = pending?.warnings.map((w) => w.id) ?? [];
  const close = () => setPending(null);

  const modals = (
    <>
      <DismissModal
        ids={ids}
        open={pending?.kind === 'dismiss'}
        onClose={close}
        onDone={(count) => {
          close();
          void message.success(t('screen.dismiss.done', { count }));
          onChanged();
        }}
      />
      <ClueModal
        key={ids.join(',')}
        ids={ids}
        suggestedTitle={suggestClueTitle(pending?.warnings ?? [], byCode, lang)}
        open={pending?.kind === 'clue'}
        onClose={close}
        onDone={(clue) => {
          close();
          void message.success(t('screen.clue.created', { number: clue.number }));
          onChanged();
          void navigate(`/screening/clues/${clue.id}`);
        }}
      />
    </>
  );
  return {
    dismiss: (warnings) => setPending({ kind: 'dismiss', warnings }),
    makeClue: (warnings) => setPending({ kind: 'clue', warnings }),
    modals,
  };
}
