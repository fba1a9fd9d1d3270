import { useState } from 'react';
import type { SlaSelectDetail } from 'sla-kit';
import type { FeedInput } from 'sla-kit/feed';
import 'sla-kit/jsx';
import 'sla-kit/define/sla-scorecard.js';
import 'sla-kit/define/sla-breach-timeline.js';

export function Portal({ feed }: { feed: FeedInput }) {
  const [picked, setPicked] = useState<SlaSelectDetail>();
  return (
    <>
      <sla-scorecard
        feed={feed}
        customer="acme"
        period="2026-10"
        onsla-select={(event) => setPicked(event.detail)}
      />
      <sla-breach-timeline
        feed={feed}
        customer="acme"
        variant="strip"
        onsla-range-change={(event) => console.log(event.detail.start, event.detail.end)}
      />
      {picked?.kind === 'objective' && <p>{picked.objective}</p>}
    </>
  );
}
