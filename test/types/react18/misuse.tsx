// Must not compile: `.feed` takes a feed (an object or JSON text), not a number.
import { SlaScorecard } from 'sla-kit/react';

export const Wrong = () => <SlaScorecard feed={42} />; // error: TS2322
