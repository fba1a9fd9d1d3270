import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
// Registers <sla-scorecard> and <sla-feed> (the define entry points are the only side effects).
import '../src/define/sla-scorecard.js';

interface Member {
  readonly name: string;
  readonly privacy?: string;
  readonly static?: boolean;
}
interface Declaration {
  readonly members?: readonly Member[];
}
interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[] }[];
}

/**
 * The docs tables list what a page author can use: public instance members only (the analyzer
 * also records `#private`, protected and static ones, e.g. `feedControllerOptions`).
 */
function publicApi(cem: Manifest): Manifest {
  return {
    ...cem,
    modules: cem.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (m) =>
            !m.static &&
            !m.name.startsWith('#') &&
            (m.privacy === undefined || m.privacy === 'public'),
        ),
      })),
    })),
  };
}

setCustomElementsManifest(publicApi(manifest as Manifest));

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Stories drive the elements through attributes. Properties (`.feed`, read-only state), parts, CSS
 * properties, events and slots are documented, not edited here: no "Set object" control.
 */
const READ_ONLY_CATEGORIES = new Set([
  'properties',
  'css shadow parts',
  'css custom properties',
  'events',
  'slots',
]);
const documentOnly: ArgTypesEnhancer = (context) =>
  Object.fromEntries(
    Object.entries(context.argTypes).map(([name, argType]) => [
      name,
      READ_ONLY_CATEGORIES.has(String(argType.table?.category))
        ? { ...argType, control: false as const }
        : argType,
    ]),
  );
documentOnly.secondPass = true;

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Elements'] },
    },
  },
  argTypesEnhancers: [documentOnly],
  tags: ['autodocs'],
};
export default preview;
