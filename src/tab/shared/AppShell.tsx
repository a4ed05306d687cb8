import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { Locale } from '../../content';
import type { HostTheme } from '../../teams/theme';
import { useFluentTheme } from './hooks/useFluentTheme';

const useShellStyles = makeStyles({
  // The provider paints the theme's background, so it must cover the whole frame.
  provider: { minHeight: '100vh' },
});

type AppShellProps = { theme: HostTheme; locale: Locale; children: ReactNode };

/** The one FluentProvider of a page: theme from the host, `lang` on the document. */
export function AppShell({ theme, locale, children }: AppShellProps) {
  const styles = useShellStyles();
  const fluentTheme = useFluentTheme(theme);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <FluentProvider theme={fluentTheme} className={styles.provider}>
      {children}
    </FluentProvider>
  );
}
