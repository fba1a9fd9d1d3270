// Must not compile: `variant` is 'lanes' | 'strip'.
import 'sla-kit/jsx';

export const Wrong = () => <sla-breach-timeline variant="bars" />; // error: TS2322
