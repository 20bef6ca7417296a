import {useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode, type RefObject} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import {searchBarShortcut, searchBarShortcutHint, searchBarShortcutKeymap} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated';
import {getKeymapHints, matchesKeymap, parseKeymap} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import {isMacPlatform} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';

type SearchBarComponent = ComponentType<Record<string, unknown>>;

/** The plugin's search bar, once fetched: kept for the whole visit, so later pages render it at once. */
let loadedSearchBar: SearchBarComponent | null = null;
let loading: Promise<SearchBarComponent> | null = null;

function loadSearchBar(): Promise<SearchBarComponent> {
  loading ??= import('@theme-original/SearchBar').then(
    (module) => {
      loadedSearchBar = module.default as SearchBarComponent;
      return loadedSearchBar;
    },
    (error: unknown) => {
      // Offline before the site was stored, say: the stand-in stays, and the next sign of use tries again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** What the reader did to the stand-in before the search bar arrived, handed over to it. */
interface Handover {
  value: string;
  focused: boolean;
}

/** Puts the typed text and the focus into the plugin's input, as if the reader had used it all along. */
function handOver(container: HTMLElement | null, handover: Handover): void {
  const input = container?.querySelector('input');
  if (!input) return;
  if (handover.value !== '') {
    // The native setter, then an input event: how a controlled React input learns of a value set from outside.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, handover.value);
    input.dispatchEvent(new Event('input', {bubbles: true}));
  }
  if (handover.focused) input.focus();
}

function ShortcutHints(): ReactNode {
  const isBrowser = useIsBrowser();
  if (!isBrowser || !searchBarShortcut || !searchBarShortcutHint || !searchBarShortcutKeymap) return null;
  return (
    <div className={styles.searchHintContainer}>
      {getKeymapHints(searchBarShortcutKeymap, isMacPlatform()).map((hint) => (
        <kbd key={hint} className={styles.searchHint}>
          {hint}
        </kbd>
      ))}
    </div>
  );
}

/** Fetches the search bar on the reader's first sign of searching: pointer over it, focus, touch or the shortcut. */
function useSearchBarOnDemand(standIn: RefObject<HTMLInputElement | null>): [SearchBarComponent | null, () => void] {
  const [searchBar, setSearchBar] = useState<SearchBarComponent | null>(loadedSearchBar);
  const request = useCallback(() => {
    loadSearchBar().then(
      (component) => setSearchBar(() => component),
      () => undefined,
    );
  }, []);
  useEffect(() => {
    if (searchBar !== null || !searchBarShortcut || !searchBarShortcutKeymap) return undefined;
    const keymap = parseKeymap(searchBarShortcutKeymap);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, keymap)) return;
      event.preventDefault();
      standIn.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [searchBar, standIn]);
  return [searchBar, request];
}

/**
 * The navbar search. The plugin's search bar (its suggestion list, highlighting and the worker bridge) is about a
 * twentieth of every page's JavaScript, and most readers never search: a stand-in of the same look, with the
 * plugin's own styles, is drawn instead and swapped for the real one on the first sign of use; the plugin itself
 * loads its index the same way. Whatever was typed meanwhile, and the focus, move over.
 */
export default function SearchBar(props: Record<string, unknown>): ReactNode {
  const standIn = useRef<HTMLInputElement | null>(null);
  const [RealSearchBar, request] = useSearchBarOnDemand(standIn);
  const container = useRef<HTMLSpanElement | null>(null);
  const handover = useRef<Handover>({value: '', focused: false});
  useLayoutEffect(() => {
    if (RealSearchBar !== null) handOver(container.current, handover.current);
  }, [RealSearchBar]);
  useEffect(() => {
    // Focused or typed into before the page's scripts ran.
    const input = standIn.current;
    if (input && (document.activeElement === input || input.value !== '')) {
      handover.current = {value: input.value, focused: document.activeElement === input};
      request();
    }
  }, [request]);
  const label = translate({id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button'});
  return (
    <span ref={container} style={{display: 'contents'}}>
      {RealSearchBar !== null ? (
        <RealSearchBar {...props} />
      ) : (
        <div className={`navbar__search ${styles.searchBarContainer}`} dir="ltr">
          <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
            <path fill="currentColor" d={searchIconPath} />
          </svg>
          <input
            ref={standIn}
            data-search-stand-in=""
            placeholder={label}
            aria-label={label}
            className={`navbar__search-input ${styles.searchInput}`}
            onPointerEnter={request}
            onTouchStart={request}
            onFocus={() => {
              handover.current.focused = true;
              request();
            }}
            onBlur={() => {
              handover.current.focused = false;
            }}
            onInput={(event) => {
              handover.current.value = event.currentTarget.value;
            }}
          />
          <ShortcutHints />
        </div>
      )}
    </span>
  );
}

/** The plugin's own icon, so nothing moves when its search bar takes over. */
const searchIconPath =
  'M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z';
