import {useEffect, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {useCurrentSidebarCategory} from '@docusaurus/plugin-content-docs/client';
import {
  diagnosticDefinitions,
  diagnosticGroupPath,
  diagnosticGroups,
  diagnosticUrl,
  movedAnchorUrl,
  type DiagnosticCode,
  type DiagnosticGroup,
} from '@site/src/core/diagnostics/codes';
import styles from './styles.module.css';

const codes = Object.keys(diagnosticDefinitions) as DiagnosticCode[];

function useMovedAnchorRedirect(): void {
  const {hash} = useLocation();
  const history = useHistory();
  useEffect(() => {
    const url = movedAnchorUrl(decodeURIComponent(hash.slice(1)));
    if (url !== null) history.replace(url);
  }, [hash, history]);
}

const groupOf = (href: string) => diagnosticGroups.find((group) => diagnosticGroupPath(group) === href) ?? null;

function GroupCodes({group}: {group: DiagnosticGroup}): ReactNode {
  return (
    <ul className={styles.codes}>
      {codes
        .filter((code) => diagnosticDefinitions[code].group === group)
        .map((code) => (
          <li key={code}>
            <Link to={diagnosticUrl(code)}>
              <code>{code}</code>
            </Link>
            : {diagnosticDefinitions[code].title} <span className={styles.severity}>({diagnosticDefinitions[code].severity})</span>
          </li>
        ))}
    </ul>
  );
}

/** Every code, under the reference page that explains it (the pages in the sidebar's order and words). */
export default function DiagnosticCodeIndex(): ReactNode {
  useMovedAnchorRedirect();
  const pages = useCurrentSidebarCategory().items.flatMap((item) => (item.type === 'link' ? [{href: item.href, label: item.label}] : []));
  return (
    <div>
      {pages.map(({href, label}) => {
        const group = groupOf(href);
        return (
          <section key={href} className={styles.group} aria-label={label}>
            <p className={styles.page}>
              <Link to={href}>{label}</Link>
            </p>
            {group !== null ? <GroupCodes group={group} /> : null}
          </section>
        );
      })}
    </div>
  );
}
