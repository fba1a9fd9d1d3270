import { useState } from 'react';
import type { SlaSelectDetail } from 'sla-kit';
import type { FeedInput } from 'sla-kit/feed';
import { SlaBreachTimeline, SlaScorecard } from 'sla-kit/react';

export function Portal({ feed }: { feed: FeedInput }) {
  const [picked, setPicked] = useState<SlaSelectDetail>();
  return (
    <>
      <SlaScorecard
        feed={feed}
        customer="acme"
        period="2026-10"
        onSlaSelect={(event) => setPicked(event.detail)}
      />
      <SlaBreachTimeline
        feed={feed}
        customer="acme"
        variant="strip"
        onSlaRangeChange={(event) => console.log(event.detail.start, event.detail.end)}
      />
      {picked?.kind === 'objective' && <p>{picked.objective}</p>}
    </>
  );
}
